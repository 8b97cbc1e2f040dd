import { Answers } from '../questionnaire/answers';
import { ReviewResponse } from '../review/review-response';

export type PlanStatus = 'not-started' | 'in-progress' | 'done';
export const PLAN_STATUSES: readonly PlanStatus[] = ['not-started', 'in-progress', 'done'];

/** What the user records against a recommended action. */
export interface PlanEntry {
  readonly owner: string;
  /** ISO date (yyyy-mm-dd), or '' when not set. */
  readonly due: string;
  readonly status: PlanStatus;
  readonly note: string;
}

export const EMPTY_PLAN_ENTRY: PlanEntry = { owner: '', due: '', status: 'not-started', note: '' };

/**
 * One assessment as stored on the device: raw facts only. Scores, actions and the report are
 * derived from these with the questionnaire of `setId` + `setVersion`.
 */
export interface Assessment {
  readonly id: string;
  readonly setId: string;
  readonly setVersion: string;
  /** All answers, including those to questions that are hidden now, so nothing typed is lost. */
  readonly answers: Answers;
  /** Entries by action id. */
  readonly plan: Readonly<Record<string, PlanEntry>>;
  /** The wizard step the user was on, to resume there. */
  readonly step: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Set when this assesses a supplier in a tour operator's register rather than the user's own business. */
  readonly supplier?: SupplierLink;
  /** Set on a supplier's own device when it answers a tour operator's questionnaire request. */
  readonly request?: RequestLink;
  /** The business's id in its submissions: kept from year to year so reviewers can compare. */
  readonly businessId?: string;
  /** Set once submitted for review: from then on the answers and plan are locked. */
  readonly submission?: SubmissionRecord;
  /** The reviewer's decision and comments, imported from a review response file. */
  readonly review?: ReviewResponse;
}

export interface SubmissionRecord {
  readonly submissionId: string;
  readonly submittedAt: string;
  readonly digest: string;
}

/** A submitted assessment can be read, exported and reviewed, but no longer changed. */
export function isLocked(assessment: Assessment): boolean {
  return assessment.submission !== undefined;
}

export interface RequestLink {
  readonly requestId: string;
  readonly supplierId: string;
  readonly operatorName: string;
}

export interface SupplierLink {
  readonly supplierId: string;
  /** A desk assessment by the operator, or the supplier's own answers from a response file. */
  readonly answeredBy: 'operator' | 'supplier';
}
