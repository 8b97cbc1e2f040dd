/** A record as another tab left it, and the copy this tab's unsaved edits started from. */
export interface ChangedElsewhere<T> {
  readonly id: string;
  /** Undefined when the other tab deleted it. */
  readonly stored: T | undefined;
  /** What this tab last read or wrote; undefined when it never had this record. */
  readonly base: T | undefined;
}

/**
 * By id, the copy of each record this tab last read from or wrote to the database: the base its
 * unsaved edits are measured from, so a write lays only those edits over what another tab stored.
 */
export class SyncedCopies<T extends { readonly id: string }> {
  private readonly copies = new Map<string, T>();

  base(id: string): T | undefined {
    return this.copies.get(id);
  }

  remember(...records: readonly T[]): void {
    for (const record of records) this.copies.set(record.id, record);
  }

  forget(id: string): void {
    this.copies.delete(id);
  }

  /**
   * Another tab wrote `id`: what it stored becomes this tab's base, and the old base is returned
   * with it, for the store to lay its unsaved edits over the stored copy.
   */
  takeFromElsewhere(id: string, stored: T | undefined): ChangedElsewhere<T> {
    const base = this.copies.get(id);
    if (stored) this.copies.set(id, stored);
    else this.copies.delete(id);
    return { id, stored, base };
  }
}
