import { recompute } from './recompute';
import { newReview, ReceivedSubmission } from './review';
import {
  parseReviewResponseFile,
  reviewResponseDigestInput,
  reviewResponseFileText,
  reviewResponseOf,
  reviewSupersedes,
} from './review-response';
import { digestOf, SAMPLES } from './testing-submissions';
import { ACCOMMODATION } from '../questionnaire/sets/accommodation';

describe('review response file', () => {
  const submission = SAMPLES.wellControlled();
  const received: ReceivedSubmission = {
    id: submission.submissionId,
    submission,
    digest: 'd'.repeat(64),
    fileName: 'a.json',
    receivedAt: '2026-11-20T09:00:00.000Z',
    ...recompute(ACCOMMODATION, submission.answers, submission.result),
    review: {
      ...newReview('2026-11-20T09:00:00.000Z'),
      status: 'changes-requested',
      note: 'Please add evidence.',
      comments: {
        ctlTraining: { comment: 'Attendance sheet?', evidenceRequested: true },
        businessName: { comment: 'Is this the trading name?', evidenceRequested: false },
      },
    },
  };
  const response = reviewResponseOf(received, 'A. Reviewer', '2026-11-21T10:00:00.000Z');

  it('lists the remarks in questionnaire order with the decision', () => {
    expect(response.comments.map((c) => c.question)).toEqual(['businessName', 'ctlTraining']);
    expect(response.status).toBe('changes-requested');
    expect(response.businessId).toBe(submission.businessId);
  });

  it('reads back what was written, and refuses other files', async () => {
    const text = reviewResponseFileText(
      response,
      await digestOf(reviewResponseDigestInput(response)),
    );
    const parsed = parseReviewResponseFile(text);
    expect(parsed.ok && parsed.value.response).toEqual(response);
    expect(parseReviewResponseFile('{"format":"haven-submission","formatVersion":1}')).toEqual({
      ok: false,
      problem: { code: 'not-review-response', found: 'haven-submission' },
    });
    const scripted = text.replace('Attendance sheet?', '<script>alert(1)</script>');
    expect(parseReviewResponseFile(scripted)).toEqual({
      ok: false,
      problem: { code: 'markup', field: 'comments.1.comment' },
    });
  });

  describe('a second review of the same submission', () => {
    const later = reviewResponseOf(received, 'A. Reviewer', '2026-11-22T08:00:00.000Z');

    it('replaces the one attached when it is newer', () => {
      expect(reviewSupersedes(undefined, response)).toEqual({ ok: true });
      expect(reviewSupersedes(response, later)).toEqual({ ok: true });
    });

    it('never lets an older file undo a newer decision', () => {
      expect(reviewSupersedes(later, response)).toEqual({
        ok: false,
        problem: {
          code: 'older',
          attachedAt: '2026-11-22T08:00:00.000Z',
          reviewedAt: '2026-11-21T10:00:00.000Z',
        },
      });
    });

    it('recognises the same file opened twice', () => {
      expect(reviewSupersedes(response, { ...response })).toEqual({
        ok: false,
        problem: { code: 'already-attached' },
      });
    });

    it('compares times, not how they are written', () => {
      const sameMomentElsewhere = { ...later, reviewedAt: '2026-11-22T11:00:00.000+03:00' };
      expect(reviewSupersedes(response, sameMomentElsewhere)).toEqual({ ok: true });
      expect(reviewSupersedes(sameMomentElsewhere, response).ok).toBeFalse();
    });
  });
});
