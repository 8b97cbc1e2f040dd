import { Injectable, signal } from '@angular/core';
import { DBSchema, IDBPDatabase, openDB } from 'idb';

import { Assessment } from '../../domain/assessment/assessment';
import { ReceivedSubmission } from '../../domain/review/review';
import { Supplier } from '../../domain/suppliers/supplier';

export interface HavenSchema extends DBSchema {
  assessments: { key: string; value: Assessment };
  suppliers: { key: string; value: Supplier };
  submissions: { key: string; value: ReceivedSubmission };
  /** Small facts about the workspace, by name (when it was last backed up…). */
  settings: { key: string; value: unknown };
}

export type StoreName = 'assessments' | 'suppliers' | 'submissions' | 'settings';

export const DB_NAME = 'haven';
/**
 * Version of the on-device database schema. Raise it and add a step to `upgradeHavenDb`.
 * 1: assessments. 2: the supplier register. 3: submissions received for review. 4: settings.
 */
export const DB_VERSION = 4;

/**
 * Why this page can no longer use the database: a newer Haven opened it (in another tab, or
 * before a reload to an older copy), or an older Haven still open elsewhere holds up this one's
 * upgrade. The app says which instead of spinning.
 */
export type DatabaseInterruption = 'updated-elsewhere' | 'newer-version' | 'blocked-by-old-tab';

/** Every schema change in one place, applied in order from the version the device has. */
export function upgradeHavenDb(db: IDBPDatabase<HavenSchema>, oldVersion: number): void {
  if (oldVersion < 1) db.createObjectStore('assessments', { keyPath: 'id' });
  if (oldVersion < 2) db.createObjectStore('suppliers', { keyPath: 'id' });
  if (oldVersion < 3) db.createObjectStore('submissions', { keyPath: 'id' });
  if (oldVersion < 4) db.createObjectStore('settings');
}

/**
 * The one connection to Haven's IndexedDB database, shared by the repositories of each store.
 * Nothing leaves the device from here.
 */
@Injectable({ providedIn: 'root' })
export class HavenDatabase {
  private db?: Promise<IDBPDatabase<HavenSchema>>;
  private readonly interruptionState = signal<DatabaseInterruption | null>(null);
  readonly interruption = this.interruptionState.asReadonly();

  open(): Promise<IDBPDatabase<HavenSchema>> {
    this.db ??= this.connect();
    return this.db;
  }

  private async connect(): Promise<IDBPDatabase<HavenSchema>> {
    const interrupt = (why: DatabaseInterruption) => this.interruptionState.set(why);
    try {
      const db = await openDB<HavenSchema>(DB_NAME, DB_VERSION, {
        upgrade: (database, oldVersion) => upgradeHavenDb(database, oldVersion),
        // An older Haven in another tab has the database open and has not let go of it yet.
        blocked: () => interrupt('blocked-by-old-tab'),
        // A newer Haven wants to upgrade: let it, and stop writing from this stale page.
        blocking: () => {
          void this.db?.then((open) => open.close());
          interrupt('updated-elsewhere');
        },
        terminated: () => interrupt('updated-elsewhere'),
      });
      // The upgrade went ahead: whatever blocked it has let go.
      if (this.interruptionState() === 'blocked-by-old-tab') this.interruptionState.set(null);
      return db;
    } catch (error) {
      if (error instanceof DOMException && error.name === 'VersionError')
        interrupt('newer-version');
      this.db = undefined;
      throw error;
    }
  }
}
