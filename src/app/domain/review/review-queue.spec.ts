import { recompute } from './recompute';
import { newReview, ReceivedSubmission } from './review';
import { byUrgency, matchesQueueFilter, NO_QUEUE_FILTER, previousSubmission } from './review-queue';
import { Submission } from './submission';
import { SAMPLES } from './testing-submissions';
import { findQuestionSet } from '../questionnaire/sets';

function received(
  submission: Submission,
  receivedAt = '2026-11-20T09:00:00.000Z',
): ReceivedSubmission {
  const set = findQuestionSet(submission.questionnaire.id, submission.questionnaire.version)!;
  return {
    id: submission.submissionId,
    submission,
    digest: submission.submissionId,
    fileName: 'f.json',
    receivedAt,
    ...recompute(set, submission.answers, submission.result),
    review: newReview(receivedAt),
  };
}

describe('review queue', () => {
  const low = received(SAMPLES.wellControlled());
  const flaggedHotel = received(SAMPLES.hourlyWithoutId());
  const orphanage = received(SAMPLES.orphanage());
  const unsure = received({
    ...SAMPLES.wellControlled(),
    submissionId: 'sub-unsure',
    answers: { ...SAMPLES.wellControlled().answers, ctlPolicy: 'unknown', ctlTraining: 'unknown' },
  });

  it('puts red flags first, then the worse band, then more unverified answers', () => {
    expect(flaggedHotel.recomputed.redFlags.length).toBeGreaterThan(0);
    expect(orphanage.recomputed.redFlags.length).toBeGreaterThan(0);
    expect(unsure.recomputed.unverified.length).toBe(2);
    const order = [low, unsure, orphanage, flaggedHotel].sort(byUrgency).map((r) => r.id);
    expect(order.slice(0, 2).sort()).toEqual(['sub-or', 'sub-we']);
    expect(order.slice(2)).toEqual(
      unsure.recomputed.overallBand === low.recomputed.overallBand
        ? ['sub-unsure', 'sub-ok']
        : [unsure, low].sort(byUrgency).map((r) => r.id),
    );
  });

  it('orders by unverified answers when flags and bands are equal', () => {
    const same = {
      ...unsure,
      recomputed: { ...unsure.recomputed, overallBand: low.recomputed.overallBand },
    };
    expect([low, same].sort(byUrgency).map((r) => r.id)).toEqual(['sub-unsure', 'sub-ok']);
  });

  it('filters by name, country, sector and status', () => {
    const all = [low, flaggedHotel, orphanage];
    const pick = (patch: Partial<typeof NO_QUEUE_FILTER>) =>
      all.filter((r) => matchesQueueFilter(r, { ...NO_QUEUE_FILTER, ...patch })).map((r) => r.id);
    expect(pick({ text: 'sunrise' })).toEqual(['sub-or']);
    expect(pick({ country: 'kenya' })).toEqual(['sub-ok', 'sub-we']);
    expect(pick({ sector: 'tourism-services' })).toEqual(['sub-or']);
    expect(pick({ status: 'accepted' })).toEqual([]);
    expect(pick({ status: 'new' }).length).toBe(3);
  });

  it('finds the latest earlier submission of the same business', () => {
    const year1 = received({
      ...SAMPLES.wellControlled(),
      submissionId: 'y1',
      submittedAt: '2025-11-01T10:00:00.000Z',
    });
    const year2 = received({
      ...SAMPLES.wellControlled(),
      submissionId: 'y2',
      submittedAt: '2026-11-01T10:00:00.000Z',
    });
    const year0 = received({
      ...SAMPLES.wellControlled(),
      submissionId: 'y0',
      submittedAt: '2024-11-01T10:00:00.000Z',
    });
    expect(previousSubmission(year2, [year0, year2, year1, flaggedHotel])?.id).toBe('y1');
    expect(previousSubmission(year0, [year0, year2, year1])).toBeUndefined();
  });
});
