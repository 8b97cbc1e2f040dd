/** A short setting remembered on this device, such as the name the user signs files with. */
export abstract class RememberedText {
  protected abstract readonly key: string;

  get(): string {
    try {
      return localStorage.getItem(this.key) ?? '';
    } catch {
      return '';
    }
  }

  set(value: string): void {
    try {
      localStorage.setItem(this.key, value);
    } catch {
      // Storage blocked: the user types it again next time.
    }
  }
}
