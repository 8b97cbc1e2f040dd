import { createActionGroup, emptyProps, props } from '@ngrx/store';

import type { BackupProblem } from '../../../domain/backup/backup-problem';
import type { RestoreMode, RestorePlan } from '../../../domain/backup/restore-plan';

/** A backup file that passed every check, and what restoring it would do either way. */
export interface RestorePreview {
  readonly fileName: string;
  readonly createdAt: string;
  readonly counts: {
    readonly assessments: number;
    readonly suppliers: number;
    readonly submissions: number;
  };
  /** Nothing on this device yet: there is nothing to merge with, and nothing to lose. */
  readonly deviceIsEmpty: boolean;
  readonly plans: Readonly<Record<RestoreMode, RestorePlan>>;
}

export const BackupPageActions = createActionGroup({
  source: 'Backup Page',
  events: {
    'Backup Requested': emptyProps(),
    'Restore File Chosen': props<{ file: File }>(),
    'Restore Confirmed': props<{ mode: RestoreMode }>(),
    'Restore Cancelled': emptyProps(),
  },
});

export const BackupReminderActions = createActionGroup({
  source: 'Backup Reminder',
  events: {
    /** "Not now": the reminder stays away for a week. */
    Snoozed: props<{ until: string }>(),
  },
});

export const BackupActions = createActionGroup({
  source: 'Backup',
  events: {
    /** `checkedAt` is the time the facts were read: "now" for the reminder's arithmetic. */
    'Facts Loaded': props<{ lastBackupAt?: string; snoozedUntil?: string; checkedAt: string }>(),
    'Backed Up': props<{ at: string; fileName: string }>(),
    'Backup Failed': props<{ message: string }>(),
    /** The file made would be refused on restore (text that reads as HTML): none is offered. */
    'Backup Unreadable': props<{ problem: BackupProblem }>(),
    'Restore Previewed': props<{ preview: RestorePreview }>(),
    'Restore Refused': props<{ fileName: string; problem: BackupProblem }>(),
    Restored: props<{ plan: RestorePlan }>(),
    'Restore Failed': props<{ message: string }>(),
  },
});
