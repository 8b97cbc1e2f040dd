import { createEntityAdapter, EntityState } from '@ngrx/entity';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';

import { ReceivedSubmission, Review } from '../../../domain/review/review';
import { rebaseReview } from '../../../domain/review/review-merge';
import { NO_QUEUE_FILTER, QueueFilter } from '../../../domain/review/review-queue';
import { SubmissionProblem } from '../../../domain/review/submission-file';
import {
  ReviewDetailPageActions,
  ReviewQueuePageActions,
  ReviewStorageActions,
  SubmissionImportActions,
} from './review.actions';

/** What became of one file of an import, for the report shown under the drop zone. */
export type ImportOutcome =
  | {
      readonly ok: true;
      readonly id: string;
      readonly fileName: string;
      readonly businessName: string;
      readonly isFlagged: boolean;
    }
  | { readonly ok: false; readonly fileName: string; readonly problem: SubmissionProblem }
  | { readonly ok: false; readonly fileName: string; readonly storeError: string };

export interface ImportProgress {
  readonly total: number;
  readonly outcomes: readonly ImportOutcome[];
  readonly isFinished: boolean;
}

export interface ReviewState extends EntityState<ReceivedSubmission> {
  readonly isLoaded: boolean;
  readonly filter: QueueFilter;
  readonly progress: ImportProgress | null;
  readonly openedId: string | null;
}

export const reviewAdapter = createEntityAdapter<ReceivedSubmission>();

export const reviewFeature = createFeature({
  name: 'review',
  reducer: createReducer(
    reviewAdapter.getInitialState({
      isLoaded: false,
      filter: NO_QUEUE_FILTER,
      progress: null,
      openedId: null,
    }) as ReviewState,
    on(ReviewStorageActions.submissionsLoaded, (state, { submissions }) =>
      reviewAdapter.addMany(submissions, { ...state, isLoaded: true }),
    ),
    on(ReviewStorageActions.loadFailed, (state) => ({ ...state, isLoaded: true })),
    on(ReviewStorageActions.reloaded, (state, { submissions }) =>
      reviewAdapter.setAll(submissions, state),
    ),
    on(ReviewStorageActions.changedElsewhere, (state, { id, stored, base }) => {
      if (!stored) return reviewAdapter.removeOne(id, state);
      const current = state.entities[id];
      // This tab's remarks since `base` are laid over the stored review: both tabs' stay.
      const review =
        current && base ? rebaseReview(base.review, current.review, stored.review) : stored.review;
      return reviewAdapter.setOne({ ...stored, review }, state);
    }),
    on(ReviewDetailPageActions.opened, (state, { id }) => ({ ...state, openedId: id })),
    on(ReviewQueuePageActions.filterChanged, (state, { filter }) => ({ ...state, filter })),
    on(SubmissionImportActions.started, (state, { total }) => ({
      ...state,
      progress: { total, outcomes: [], isFinished: false },
    })),
    on(SubmissionImportActions.received, (state, { received }) =>
      reviewAdapter.addOne(
        received,
        withOutcome(state, {
          ok: true,
          id: received.id,
          fileName: received.fileName,
          businessName: received.submission.profile.name,
          isFlagged: received.mismatches.length > 0,
        }),
      ),
    ),
    // A refused file changes nothing but the import report.
    on(SubmissionImportActions.refused, (state, { fileName, problem }) =>
      withOutcome(state, { ok: false, fileName, problem }),
    ),
    on(SubmissionImportActions.notStored, (state, { fileName, message }) =>
      withOutcome(state, { ok: false, fileName, storeError: message }),
    ),
    on(SubmissionImportActions.finished, (state) =>
      state.progress ? { ...state, progress: { ...state.progress, isFinished: true } } : state,
    ),
    on(ReviewQueuePageActions.importReportDismissed, (state) => ({ ...state, progress: null })),
    on(ReviewDetailPageActions.answerReviewed, (state, { id, question, review, at }) =>
      reviewed(state, id, at, (r) => {
        const { [question]: _old, ...others } = r.comments;
        const isEmpty = !review.comment.trim() && !review.evidenceRequested;
        return { comments: isEmpty ? others : { ...others, [question]: review } };
      }),
    ),
    on(ReviewDetailPageActions.decisionChanged, (state, { id, status, note, at }) =>
      reviewed(state, id, at, () => ({ status, note })),
    ),
    on(ReviewDetailPageActions.deleteConfirmed, (state, { id }) =>
      reviewAdapter.removeOne(id, state),
    ),
  ),
  extraSelectors: ({ selectReviewState, selectOpenedId }) => {
    const { selectAll, selectEntities } = reviewAdapter.getSelectors(selectReviewState);
    return {
      selectAllReceived: selectAll,
      selectReceivedEntities: selectEntities,
      selectOpenedReceived: createSelector(selectEntities, selectOpenedId, (entities, id) =>
        id ? entities[id] : undefined,
      ),
    };
  },
});

function withOutcome(state: ReviewState, outcome: ImportOutcome): ReviewState {
  const progress = state.progress ?? { total: 1, outcomes: [], isFinished: false };
  return { ...state, progress: { ...progress, outcomes: [...progress.outcomes, outcome] } };
}

/** Applies a change to a submission's review; the first remark moves a new one to "in review". */
function reviewed(
  state: ReviewState,
  id: string,
  at: string,
  change: (review: Review) => Partial<Review>,
): ReviewState {
  const current = state.entities[id];
  if (!current) return state;
  const patch = change(current.review);
  const status =
    patch.status ?? (current.review.status === 'new' ? 'in-review' : current.review.status);
  const review: Review = { ...current.review, ...patch, status, updatedAt: at };
  return reviewAdapter.updateOne({ id, changes: { review } }, state);
}
