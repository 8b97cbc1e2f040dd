import { createActionGroup, emptyProps, props } from '@ngrx/store';

import { AnswerReview, ReceivedSubmission, ReviewStatus } from '../../../domain/review/review';
import { QueueFilter } from '../../../domain/review/review-queue';
import { SubmissionProblem } from '../../../domain/review/submission-file';

const now = () => new Date().toISOString();

export const ReviewQueuePageActions = createActionGroup({
  source: 'Review Queue Page',
  events: {
    'Files Chosen': props<{ files: readonly File[] }>(),
    'Filter Changed': props<{ filter: QueueFilter }>(),
    'Import Report Dismissed': emptyProps(),
  },
});

export const ReviewDetailPageActions = createActionGroup({
  source: 'Review Detail Page',
  events: {
    Opened: props<{ id: string }>(),
    'Answer Reviewed': (p: { id: string; question: string; review: AnswerReview }) => ({
      ...p,
      at: now(),
    }),
    'Decision Changed': (p: { id: string; status: ReviewStatus; note: string }) => ({
      ...p,
      at: now(),
    }),
    'Letter Requested': props<{ id: string; reviewerName: string }>(),
    'Response Requested': props<{ id: string; reviewerName: string }>(),
    'Delete Confirmed': props<{ id: string }>(),
  },
});

/** One file of an import at a time, so many files show progress and a bad one stops nothing else. */
export const SubmissionImportActions = createActionGroup({
  source: 'Submission Import',
  events: {
    Started: props<{ total: number }>(),
    Received: props<{ received: ReceivedSubmission }>(),
    Refused: props<{ fileName: string; problem: SubmissionProblem }>(),
    /** The file was fine, but this device could not store it (storage full): nothing was added. */
    'Not Stored': props<{ fileName: string; message: string }>(),
    Finished: emptyProps(),
  },
});

export const ReviewStorageActions = createActionGroup({
  source: 'Review Storage',
  events: {
    'Submissions Loaded': props<{ submissions: ReceivedSubmission[] }>(),
    /** Read again after another tab (or a restore) changed them. */
    Reloaded: props<{ submissions: ReceivedSubmission[] }>(),
    /**
     * Another tab wrote this submission's review (or did while this tab's write was in flight):
     * `stored` is what the database holds, `base` what this tab's edits started from.
     */
    'Changed Elsewhere': props<{
      id: string;
      stored: ReceivedSubmission | undefined;
      base: ReceivedSubmission | undefined;
    }>(),
    'Load Failed': props<{ message: string }>(),
    'Save Failed': props<{ message: string }>(),
  },
});

export const ReviewFileActions = createActionGroup({
  source: 'Review Files',
  events: {
    'Letter Exported': emptyProps(),
    'Letter Failed': props<{ message: string }>(),
    'Response Exported': emptyProps(),
  },
});
