import fc from 'fast-check';

import { AnswerReview, Review, REVIEW_STATUSES } from './review';
import { rebaseReview } from './review-merge';

const QUESTIONS = ['q1', 'q2', 'q3'];
const remark: fc.Arbitrary<AnswerReview> = fc.record({
  comment: fc.constantFrom('Send the log', 'Photo please', ''),
  evidenceRequested: fc.boolean(),
});
const review: fc.Arbitrary<Review> = fc.record({
  status: fc.constantFrom(...REVIEW_STATUSES),
  note: fc.constantFrom('', 'Good start', 'See remarks'),
  comments: fc.dictionary(fc.constantFrom(...QUESTIONS), remark),
  updatedAt: fc.constantFrom('2026-11-01T10:00:00.000Z', '2026-11-02T10:00:00.000Z'),
});
const three = fc.tuple(review, review, review);

describe('rebaseReview (one review edited in two tabs)', () => {
  it('keeps what each side changed, the local side winning where both changed one thing', () => {
    fc.assert(
      fc.property(three, ([base, local, remote]) => {
        const merged = rebaseReview(base, local, remote);
        expect(merged.status).toBe(local.status !== base.status ? local.status : remote.status);
        expect(merged.note).toBe(local.note !== base.note ? local.note : remote.note);
        for (const q of QUESTIONS) {
          const localChanged =
            JSON.stringify(local.comments[q] ?? null) !== JSON.stringify(base.comments[q] ?? null);
          expect(merged.comments[q]).toEqual(localChanged ? local.comments[q] : remote.comments[q]);
        }
      }),
      { numRuns: 300, seed: 26 },
    );
  });

  it('gives the remote review when this tab changed nothing, and the local one when the other did not', () => {
    fc.assert(
      fc.property(three, ([base, local, remote]) => {
        const { updatedAt: _a, ...fromRemote } = rebaseReview(base, base, remote);
        const { updatedAt: _b, ...remoteFields } = remote;
        expect(fromRemote).toEqual(remoteFields);
        const { updatedAt: _c, ...fromLocal } = rebaseReview(base, local, base);
        const { updatedAt: _d, ...localFields } = local;
        expect(fromLocal).toEqual(localFields);
      }),
      { numRuns: 200, seed: 27 },
    );
  });
});
