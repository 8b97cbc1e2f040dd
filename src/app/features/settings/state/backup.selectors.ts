import { createSelector } from '@ngrx/store';

import { earliest, isBackupDue } from '../../../domain/backup/backup-reminder';
import { assessmentsFeature } from '../../assessments/state/assessment.feature';
import { reviewFeature } from '../../review/state/review.feature';
import { suppliersFeature } from '../../suppliers/state/supplier.feature';
import { backupFeature } from './backup.feature';

/** When the oldest record on this device was made, or null when it holds none. */
const selectOldestRecordAt = createSelector(
  assessmentsFeature.selectAllAssessments,
  suppliersFeature.selectAllSuppliers,
  reviewFeature.selectAllReceived,
  (assessments, suppliers, submissions) =>
    earliest([
      ...assessments.map((a) => a.createdAt),
      ...suppliers.map((s) => s.createdAt),
      ...submissions.map((s) => s.receivedAt),
    ]),
);

/** Whether the home page asks for a backup, and since when there has been none. */
export const selectBackupReminder = createSelector(
  backupFeature.selectBackupState,
  selectOldestRecordAt,
  (backup, oldestRecordAt) => ({
    isDue:
      backup.factsLoaded &&
      backup.checkedAt !== null &&
      isBackupDue({
        now: backup.checkedAt,
        lastBackupAt: backup.lastBackupAt,
        snoozedUntil: backup.snoozedUntil,
        oldestRecordAt,
      }),
    lastBackupAt: backup.lastBackupAt,
  }),
);

export const selectIsBackupDue = createSelector(selectBackupReminder, (reminder) => reminder.isDue);
