import { Assessment } from '../assessment/assessment';
import { ReceivedSubmission } from '../review/review';
import { Supplier } from '../suppliers/supplier';

/** The names the user signs files with, remembered on the device rather than in a record. */
export interface WorkspaceSettings {
  readonly reviewerName: string;
  readonly operatorName: string;
}

/** Everything one browser holds for its user: what a backup saves and a restore brings back. */
export interface Workspace {
  readonly assessments: readonly Assessment[];
  readonly suppliers: readonly Supplier[];
  readonly submissions: readonly ReceivedSubmission[];
  readonly settings: WorkspaceSettings;
}

export const EMPTY_SETTINGS: WorkspaceSettings = { reviewerName: '', operatorName: '' };

export const EMPTY_WORKSPACE: Workspace = {
  assessments: [],
  suppliers: [],
  submissions: [],
  settings: EMPTY_SETTINGS,
};

/** No records at all. Settings alone are not worth a backup, nor a warning before a replace. */
export function isEmptyWorkspace(workspace: Workspace): boolean {
  return (
    workspace.assessments.length === 0 &&
    workspace.suppliers.length === 0 &&
    workspace.submissions.length === 0
  );
}
