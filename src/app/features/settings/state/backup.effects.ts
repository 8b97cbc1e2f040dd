import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { concatMap, exhaustMap, filter, from, withLatestFrom } from 'rxjs';

import { errorText } from '../../../core/error-text';
import { FileTransfer } from '../../../core/file-transfer';
import { sha256Hex } from '../../../core/sha256';
import { UntrustedFiles } from '../../../core/file-reading/untrusted-files';
import { AssessmentRepository } from '../../../core/storage/assessment-repository';
import { SettingsRepository } from '../../../core/storage/settings-repository';
import { SubmissionRepository } from '../../../core/storage/submission-repository';
import { SupplierRepository } from '../../../core/storage/supplier-repository';
import { WorkspaceRepository } from '../../../core/storage/workspace-repository';
import {
  backupDigestInput,
  checkBackupDigest,
  MAX_BACKUP_BYTES,
  writeBackup,
} from '../../../domain/backup/backup-file';
import { planRestore } from '../../../domain/backup/restore-plan';
import { isEmptyWorkspace } from '../../../domain/backup/workspace';
import { migrateAssessment } from '../../../domain/assessment/migrate-assessment';
import { StorageActions } from '../../assessments/state/assessment.actions';
import { ReviewStorageActions } from '../../review/state/review.actions';
import { SupplierStorageActions } from '../../suppliers/state/supplier.actions';
import { BackupActions, BackupPageActions } from './backup.actions';
import { backupFeature } from './backup.feature';

// Backups and restores: provided with the storage page, where the user asks for them.

/** One file with everything on this device, sealed with a digest, and the time it was made. */
export const backUp = createEffect(
  (
    actions$ = inject(Actions),
    workspace = inject(WorkspaceRepository),
    settings = inject(SettingsRepository),
    files = inject(FileTransfer),
    reader = inject(UntrustedFiles),
  ) =>
    actions$.pipe(
      ofType(BackupPageActions.backupRequested),
      exhaustMap(async () => {
        try {
          const content = await workspace.read();
          const at = new Date().toISOString();
          const text = writeBackup(content, at, await sha256Hex(backupDigestInput(content)));
          // Read back as a restore would: a backup that cannot be restored is worse than none.
          const readBack = await reader.read({ kind: 'backup', text });
          if (!readBack.ok) return BackupActions.backupUnreadable({ problem: readBack.problem });
          const fileName = `haven-backup-${at.slice(0, 10)}.json`;
          files.download(new Blob([text], { type: 'application/json' }), fileName);
          await settings.set('lastBackupAt', at);
          return BackupActions.backedUp({ at, fileName });
        } catch (error) {
          return BackupActions.backupFailed({ message: errorText(error) });
        }
      }),
    ),
  { functional: true },
);

/**
 * Reads a chosen backup as untrusted input and works out what restoring it would do, both ways,
 * without writing anything: the page shows the duplicates before the user chooses.
 */
export const previewRestore = createEffect(
  (
    actions$ = inject(Actions),
    workspace = inject(WorkspaceRepository),
    files = inject(FileTransfer),
    reader = inject(UntrustedFiles),
  ) =>
    actions$.pipe(
      ofType(BackupPageActions.restoreFileChosen),
      exhaustMap(async ({ file }) => {
        const fileName = file.name;
        try {
          // Refused by its size before a byte is read: a phone cannot hold it to parse anyway.
          if (file.size > MAX_BACKUP_BYTES) {
            return BackupActions.restoreRefused({ fileName, problem: { code: 'too-large' } });
          }
          // Parsed in a worker: a 50 MB backup must not freeze the page.
          const parsed = await reader.read({ kind: 'backup', text: await files.read(file) });
          if (!parsed.ok)
            return BackupActions.restoreRefused({ fileName, problem: parsed.problem });
          const backup = parsed.value;
          const damaged = checkBackupDigest(backup, await sha256Hex(backup.digestInput));
          if (damaged) return BackupActions.restoreRefused({ fileName, problem: damaged });
          const device = await workspace.read();
          const content = backup.workspace;
          return BackupActions.restorePreviewed({
            preview: {
              fileName,
              createdAt: backup.createdAt,
              counts: {
                assessments: content.assessments.length,
                suppliers: content.suppliers.length,
                submissions: content.submissions.length,
              },
              deviceIsEmpty: isEmptyWorkspace(device),
              plans: {
                merge: planRestore(device, content, 'merge'),
                replace: planRestore(device, content, 'replace'),
              },
            },
          });
        } catch (error) {
          return BackupActions.restoreFailed({ message: errorText(error) });
        }
      }),
    ),
  { functional: true },
);

/**
 * Writes the chosen plan in one transaction, then reads every store again so this tab shows what
 * is stored (other tabs are told by the repositories).
 */
export const restore = createEffect(
  (
    actions$ = inject(Actions),
    store = inject(Store),
    workspace = inject(WorkspaceRepository),
    assessments = inject(AssessmentRepository),
    suppliers = inject(SupplierRepository),
    submissions = inject(SubmissionRepository),
  ) =>
    actions$.pipe(
      ofType(BackupPageActions.restoreConfirmed),
      withLatestFrom(store.select(backupFeature.selectPreview)),
      filter(([, preview]) => preview !== null),
      concatMap(([{ mode }, preview]) =>
        from(
          (async () => {
            const plan = preview!.plans[mode];
            try {
              await workspace.restore(plan);
            } catch (error) {
              return [BackupActions.restoreFailed({ message: errorText(error) })];
            }
            const [allAssessments, allSuppliers, allSubmissions] = await Promise.all([
              assessments.all(),
              suppliers.all(),
              submissions.all(),
            ]).catch(() => [null, null, null]);
            // Written but not read back: the restore stands, and the next start shows it.
            if (!allAssessments || !allSuppliers || !allSubmissions) {
              return [BackupActions.restored({ plan })];
            }
            return [
              StorageActions.reloaded({
                assessments: allAssessments.map((a) => migrateAssessment(a) ?? a),
              }),
              SupplierStorageActions.reloaded({ suppliers: allSuppliers }),
              ReviewStorageActions.reloaded({ submissions: allSubmissions }),
              BackupActions.restored({ plan }),
            ];
          })(),
        ).pipe(concatMap((actions) => from(actions))),
      ),
    ),
  { functional: true },
);
