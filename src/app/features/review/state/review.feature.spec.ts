import { recompute } from '../../../domain/review/recompute';
import { newReview, ReceivedSubmission } from '../../../domain/review/review';
import { SAMPLES } from '../../../domain/review/testing-submissions';
import { ACCOMMODATION } from '../../../domain/questionnaire/sets/accommodation';
import {
  ReviewDetailPageActions,
  ReviewQueuePageActions,
  ReviewStorageActions,
  SubmissionImportActions,
} from './review.actions';
import { reviewFeature } from './review.feature';

const submission = SAMPLES.wellControlled();
const received: ReceivedSubmission = {
  id: submission.submissionId,
  submission,
  digest: 'd'.repeat(64),
  fileName: 'a.json',
  receivedAt: '2026-11-20T09:00:00.000Z',
  ...recompute(ACCOMMODATION, submission.answers, submission.result),
  review: newReview('2026-11-20T09:00:00.000Z'),
};
const reducer = reviewFeature.reducer;

describe('review reducer', () => {
  const started = reducer(undefined, SubmissionImportActions.started({ total: 2 }));
  const withOne = reducer(started, SubmissionImportActions.received({ received }));

  it("shows another tab's remark and keeps this tab's unsaved note", () => {
    const typing = {
      ...received,
      review: { ...received.review, note: 'Good start', updatedAt: '2026-11-21T09:00:00.000Z' },
    };
    const mine = reducer(undefined, SubmissionImportActions.received({ received: typing }));
    const remark = { comment: 'Send the visitor log', evidenceRequested: true };
    const stored = {
      ...received,
      review: { ...received.review, comments: { hourlyIdAll: remark } },
    };
    const after = reducer(
      mine,
      ReviewStorageActions.changedElsewhere({ id: received.id, stored, base: received }),
    );
    expect(after.entities[received.id]?.review.note).toBe('Good start');
    expect(after.entities[received.id]?.review.comments).toEqual({ hourlyIdAll: remark });
  });

  it('reports each file of an import, and adds only the received ones', () => {
    const after = reducer(
      withOne,
      SubmissionImportActions.refused({ fileName: 'b.json', problem: { code: 'altered' } }),
    );
    expect(after.ids).toEqual([received.id]);
    expect(after.progress?.outcomes.map((o) => [o.fileName, o.ok])).toEqual([
      ['a.json', true],
      ['b.json', false],
    ]);
    const finished = reducer(after, SubmissionImportActions.finished());
    expect(finished.progress?.isFinished).toBeTrue();
    expect(reducer(finished, ReviewQueuePageActions.importReportDismissed()).progress).toBeNull();
  });

  it('keeps a remark per answer, moves a new submission to "in review", and forgets an emptied remark', () => {
    const remarked = reducer(
      withOne,
      ReviewDetailPageActions.answerReviewed({
        id: received.id,
        question: 'ctlPolicy',
        review: { comment: 'Send the signed policy', evidenceRequested: true },
      }),
    );
    const review = remarked.entities[received.id]!.review;
    expect(review.status).toBe('in-review');
    expect(review.comments['ctlPolicy']).toEqual({
      comment: 'Send the signed policy',
      evidenceRequested: true,
    });
    const cleared = reducer(
      remarked,
      ReviewDetailPageActions.answerReviewed({
        id: received.id,
        question: 'ctlPolicy',
        review: { comment: '  ', evidenceRequested: false },
      }),
    );
    expect(cleared.entities[received.id]!.review.comments).toEqual({});
  });

  it('records the decision and its note', () => {
    const decided = reducer(
      withOne,
      ReviewDetailPageActions.decisionChanged({
        id: received.id,
        status: 'changes-requested',
        note: 'One answer needs evidence.',
      }),
    );
    expect(decided.entities[received.id]!.review).toEqual(
      jasmine.objectContaining({ status: 'changes-requested', note: 'One answer needs evidence.' }),
    );
  });
});
