import { Injectable } from '@angular/core';

/** What the browser says about Haven's storage on this device. */
export interface StorageReport {
  /** Whether the browser has promised not to clear Haven's data when space runs short; null if it cannot say. */
  readonly persisted: boolean | null;
  /** Bytes used and available to Haven, when the browser tells. */
  readonly usage?: number;
  readonly quota?: number;
}

/**
 * Haven's data lives in this browser's site storage, which a browser may clear under storage
 * pressure unless it has been asked to keep it ("persistent" storage).
 */
@Injectable({ providedIn: 'root' })
export class DeviceStorage {
  private readonly storage: StorageManager | undefined = globalThis.navigator?.storage;

  /** Asks the browser to keep Haven's data; says whether it is kept. Asking twice does no harm. */
  async persist(): Promise<boolean> {
    if (!this.storage?.persist) return false;
    try {
      return (await this.storage.persisted()) || (await this.storage.persist());
    } catch {
      return false;
    }
  }

  async report(): Promise<StorageReport> {
    if (!this.storage) return { persisted: null };
    const [persisted, estimate] = await Promise.all([
      this.storage.persisted?.().catch(() => null) ?? Promise.resolve(null),
      this.storage.estimate?.().catch(() => undefined) ?? Promise.resolve(undefined),
    ]);
    return { persisted, usage: estimate?.usage, quota: estimate?.quota };
  }
}
