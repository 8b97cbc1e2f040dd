import { inject, Injectable } from '@angular/core';

import { HavenDatabase } from './haven-database';
import { StorageChanges } from './storage-changes';

/** Facts about the workspace on this device, stored by name. All are ISO times. */
export interface WorkspaceFacts {
  /** When the last backup file was made (or restored from). */
  readonly lastBackupAt: string;
  /** Until when the backup reminder stays away after "Not now". */
  readonly backupReminderSnoozedUntil: string;
}

/** The settings store: small named values, each read on its own. */
@Injectable({ providedIn: 'root' })
export class SettingsRepository {
  private readonly database = inject(HavenDatabase);
  private readonly changes = inject(StorageChanges);

  async get<K extends keyof WorkspaceFacts>(key: K): Promise<WorkspaceFacts[K] | undefined> {
    const value = await (await this.database.open()).get('settings', key);
    // Site data can be edited by hand: a value that is not a time is as good as none.
    return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : undefined;
  }

  async set<K extends keyof WorkspaceFacts>(key: K, value: WorkspaceFacts[K]): Promise<void> {
    await (await this.database.open()).put('settings', value, key);
    this.changes.announce({ store: 'settings', id: key });
  }
}
