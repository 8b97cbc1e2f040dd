import { recompute } from '../../../domain/review/recompute';
import { newReview, ReceivedSubmission } from '../../../domain/review/review';
import { Submission } from '../../../domain/review/submission';
import { SAMPLES } from '../../../domain/review/testing-submissions';
import { findQuestionSet } from '../../../domain/questionnaire/sets';
import { ReviewDetailPageActions, ReviewStorageActions } from './review.actions';
import { reviewFeature, ReviewState } from './review.feature';
import {
  selectOpenedAnalysis,
  selectQueue,
  selectReviewDetail,
  selectYearOverYear,
} from './review.selectors';

function received(submission: Submission): ReceivedSubmission {
  const set = findQuestionSet(submission.questionnaire.id, submission.questionnaire.version)!;
  return {
    id: submission.submissionId,
    submission,
    digest: submission.submissionId,
    fileName: 'f.json',
    receivedAt: '2026-11-20T09:00:00.000Z',
    ...recompute(set, submission.answers, submission.result),
    review: newReview('2026-11-20T09:00:00.000Z'),
  };
}

const lastYear = received({
  ...SAMPLES.hourlyWithoutId(),
  submissionId: 'y1',
  businessId: 'biz',
  submittedAt: '2025-11-01T10:00:00.000Z',
});
const thisYear = received({ ...SAMPLES.wellControlled(), submissionId: 'y2', businessId: 'biz' });
const other = received(SAMPLES.orphanage());

const root = (review: ReviewState) => ({ review });
const reduce = (
  state: ReviewState | undefined,
  ...actions: Parameters<typeof reviewFeature.reducer>[1][]
) => actions.reduce((s, a) => reviewFeature.reducer(s, a), state as ReviewState);

describe('review selectors', () => {
  const opened = reduce(
    undefined,
    ReviewStorageActions.submissionsLoaded({ submissions: [thisYear, lastYear, other] }),
    ReviewDetailPageActions.opened({ id: 'y2' }),
  );

  it('lists the queue red flags first', () => {
    expect(
      selectQueue(root(opened))
        .map((row) => row.id)
        .slice(0, 2)
        .sort(),
    ).toEqual([other.id, 'y1']);
  });

  it('shows a remark beside its answer without scoring the submission again', () => {
    const before = selectOpenedAnalysis(root(opened));
    const yearBefore = selectYearOverYear(root(opened));
    const remarked = reduce(
      opened,
      ReviewDetailPageActions.answerReviewed({
        id: 'y2',
        question: 'ctlPolicy',
        review: { comment: 'Send the policy', evidenceRequested: true },
      }),
    );
    expect(selectOpenedAnalysis(root(remarked))).toBe(before);
    expect(selectYearOverYear(root(remarked))).toBe(yearBefore);
    const answer = selectReviewDetail(root(remarked))!
      .sections.flatMap((s) => s.answers)
      .find((a) => a.id === 'ctlPolicy');
    expect(answer?.review).toEqual({ comment: 'Send the policy', evidenceRequested: true });
  });

  it("compares with the same business's earlier submission", () => {
    const diff = selectYearOverYear(root(opened))!;
    expect(diff.earlierId).toBe('y1');
    expect(diff.overall).toEqual({ before: 'very-high', after: thisYear.recomputed.overallBand });
  });
});
