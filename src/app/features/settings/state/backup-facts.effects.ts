import { inject } from '@angular/core';
import { Actions, createEffect, ofType, ROOT_EFFECTS_INIT } from '@ngrx/effects';
import { catchError, EMPTY, filter, from, map, merge, mergeMap, switchMap } from 'rxjs';

import { SettingsRepository } from '../../../core/storage/settings-repository';
import { StorageChanges } from '../../../core/storage/storage-changes';
import { BackupActions, BackupReminderActions } from './backup.actions';

// What the home page's backup reminder needs at start; the backup and restore themselves load
// with the storage page (backup.effects.ts).

/** Reads when the last backup was made, at start and whenever another tab changes it. */
export const loadBackupFacts = createEffect(
  (
    actions$ = inject(Actions),
    settings = inject(SettingsRepository),
    changes = inject(StorageChanges),
  ) =>
    merge(
      actions$.pipe(ofType(ROOT_EFFECTS_INIT)),
      changes.elsewhere$.pipe(filter((change) => change.store === 'settings')),
    ).pipe(
      switchMap(() =>
        from(
          Promise.all([settings.get('lastBackupAt'), settings.get('backupReminderSnoozedUntil')]),
        ).pipe(
          map(([lastBackupAt, snoozedUntil]) =>
            BackupActions.factsLoaded({
              lastBackupAt,
              snoozedUntil,
              checkedAt: new Date().toISOString(),
            }),
          ),
          // Unreadable settings: no reminder, which is the quiet way to fail.
          catchError(() => EMPTY),
        ),
      ),
    ),
  { functional: true },
);

export const rememberSnooze = createEffect(
  (actions$ = inject(Actions), settings = inject(SettingsRepository)) =>
    actions$.pipe(
      ofType(BackupReminderActions.snoozed),
      mergeMap(({ until }) =>
        from(settings.set('backupReminderSnoozedUntil', until)).pipe(catchError(() => EMPTY)),
      ),
    ),
  { functional: true, dispatch: false },
);
