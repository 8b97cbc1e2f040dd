import { createFeature, createReducer, on } from '@ngrx/store';

import type { BackupProblem } from '../../../domain/backup/backup-problem';
import type { RestorePlan } from '../../../domain/backup/restore-plan';
import {
  BackupActions,
  BackupPageActions,
  BackupReminderActions,
  RestorePreview,
} from './backup.actions';

export type BackupWork = 'idle' | 'backing-up' | 'reading' | 'restoring';

/** What the last thing the user asked for came to, for the page to say. */
export type BackupOutcome =
  | { readonly kind: 'backed-up'; readonly fileName: string }
  | { readonly kind: 'restored'; readonly plan: RestorePlan }
  | { readonly kind: 'refused'; readonly fileName: string; readonly problem: BackupProblem }
  | { readonly kind: 'unreadable'; readonly problem: BackupProblem }
  | { readonly kind: 'failed'; readonly action: 'backup' | 'restore'; readonly message: string };

export interface BackupState {
  readonly factsLoaded: boolean;
  readonly lastBackupAt: string | null;
  readonly snoozedUntil: string | null;
  /** When the facts were read: the reminder compares with this rather than a clock. */
  readonly checkedAt: string | null;
  readonly work: BackupWork;
  readonly preview: RestorePreview | null;
  readonly outcome: BackupOutcome | null;
}

const initialState: BackupState = {
  factsLoaded: false,
  lastBackupAt: null,
  snoozedUntil: null,
  checkedAt: null,
  work: 'idle',
  preview: null,
  outcome: null,
};

export const backupFeature = createFeature({
  name: 'backup',
  reducer: createReducer(
    initialState,
    on(BackupActions.factsLoaded, (state, { lastBackupAt, snoozedUntil, checkedAt }) => ({
      ...state,
      factsLoaded: true,
      lastBackupAt: lastBackupAt ?? null,
      snoozedUntil: snoozedUntil ?? null,
      checkedAt,
    })),
    on(BackupReminderActions.snoozed, (state, { until }) => ({ ...state, snoozedUntil: until })),
    on(BackupPageActions.backupRequested, (state) => ({
      ...state,
      work: 'backing-up' as BackupWork,
      outcome: null,
    })),
    on(BackupActions.backedUp, (state, { at, fileName }) => ({
      ...state,
      work: 'idle' as BackupWork,
      lastBackupAt: at,
      outcome: { kind: 'backed-up' as const, fileName },
    })),
    on(BackupActions.backupUnreadable, (state, { problem }) => ({
      ...state,
      work: 'idle' as BackupWork,
      outcome: { kind: 'unreadable' as const, problem },
    })),
    on(BackupActions.backupFailed, (state, { message }) => ({
      ...state,
      work: 'idle' as BackupWork,
      outcome: { kind: 'failed' as const, action: 'backup' as const, message },
    })),
    on(BackupPageActions.restoreFileChosen, (state) => ({
      ...state,
      work: 'reading' as BackupWork,
      preview: null,
      outcome: null,
    })),
    on(BackupActions.restorePreviewed, (state, { preview }) => ({
      ...state,
      work: 'idle' as BackupWork,
      preview,
    })),
    on(BackupActions.restoreRefused, (state, { fileName, problem }) => ({
      ...state,
      work: 'idle' as BackupWork,
      outcome: { kind: 'refused' as const, fileName, problem },
    })),
    on(BackupPageActions.restoreCancelled, (state) => ({ ...state, preview: null })),
    on(BackupPageActions.restoreConfirmed, (state) => ({
      ...state,
      work: 'restoring' as BackupWork,
    })),
    on(BackupActions.restored, (state, { plan }) => ({
      ...state,
      work: 'idle' as BackupWork,
      preview: null,
      outcome: { kind: 'restored' as const, plan },
    })),
    on(BackupActions.restoreFailed, (state, { message }) => ({
      ...state,
      work: 'idle' as BackupWork,
      outcome: { kind: 'failed' as const, action: 'restore' as const, message },
    })),
  ),
});
