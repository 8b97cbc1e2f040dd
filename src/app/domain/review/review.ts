import { Submission, SubmittedResult } from './submission';

export type ReviewStatus = 'new' | 'in-review' | 'changes-requested' | 'accepted';
export const REVIEW_STATUSES: readonly ReviewStatus[] = [
  'new',
  'in-review',
  'changes-requested',
  'accepted',
];

/** A reviewer's remark on one answer. */
export interface AnswerReview {
  readonly comment: string;
  readonly evidenceRequested: boolean;
}

export interface Review {
  readonly status: ReviewStatus;
  readonly note: string;
  /** By question id; only answers the reviewer remarked on. */
  readonly comments: Readonly<Record<string, AnswerReview>>;
  readonly updatedAt: string;
}

/** Where the result recorded in the package and Haven's recomputation from its answers differ. */
export interface ResultMismatch {
  readonly what: 'overall' | 'item' | 'red-flags' | 'unverified';
  /** The risk item, for `item`. */
  readonly itemId?: string;
  readonly recorded: string;
  readonly recomputed: string;
}

/** A submission as a reviewer's device holds it: the package, what Haven made of it, the review. */
export interface ReceivedSubmission {
  /** The submission id. */
  readonly id: string;
  readonly submission: Submission;
  readonly digest: string;
  readonly fileName: string;
  readonly receivedAt: string;
  /** Haven's own result from the submitted answers; the queue and the detail use this one. */
  readonly recomputed: SubmittedResult;
  /** Empty when the recorded result is what Haven computes. */
  readonly mismatches: readonly ResultMismatch[];
  readonly review: Review;
}

export function newReview(at: string): Review {
  return { status: 'new', note: '', comments: {}, updatedAt: at };
}
