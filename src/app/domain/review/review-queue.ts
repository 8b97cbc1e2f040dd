import { bandRank } from '../scoring/risk-band';
import { ReceivedSubmission, ReviewStatus } from './review';

/**
 * Queue order: submissions with a red flag first, then the worse band, then the more unverified
 * answers (each one an answer the business could not stand behind), then the oldest received.
 * It uses Haven's recomputed result, not the one written in the file.
 */
export function byUrgency(a: ReceivedSubmission, b: ReceivedSubmission): number {
  const flagged = (r: ReceivedSubmission) => (r.recomputed.redFlags.length ? 1 : 0);
  return (
    flagged(b) - flagged(a) ||
    bandRank(b.recomputed.overallBand) - bandRank(a.recomputed.overallBand) ||
    b.recomputed.unverified.length - a.recomputed.unverified.length ||
    a.receivedAt.localeCompare(b.receivedAt) ||
    a.id.localeCompare(b.id)
  );
}

export interface QueueFilter {
  readonly text: string;
  readonly country: string;
  /** A questionnaire id: the sector. */
  readonly sector: string;
  readonly status: ReviewStatus | '';
}

export const NO_QUEUE_FILTER: QueueFilter = { text: '', country: '', sector: '', status: '' };

export function matchesQueueFilter(r: ReceivedSubmission, filter: QueueFilter): boolean {
  const text = filter.text.trim().toLowerCase();
  const { profile, questionnaire } = r.submission;
  return (
    (!text || profile.name.toLowerCase().includes(text)) &&
    (!filter.country || profile.country.toLowerCase() === filter.country.toLowerCase()) &&
    (!filter.sector || questionnaire.id === filter.sector) &&
    (!filter.status || r.review.status === filter.status)
  );
}

/**
 * The submission of the same business received before this one (by submission date), if the
 * reviewer holds one: the base for the year-over-year comparison.
 */
export function previousSubmission(
  current: ReceivedSubmission,
  all: readonly ReceivedSubmission[],
): ReceivedSubmission | undefined {
  return all
    .filter(
      (r) =>
        r.submission.businessId === current.submission.businessId &&
        r.submission.submittedAt < current.submission.submittedAt,
    )
    .sort((a, b) => b.submission.submittedAt.localeCompare(a.submission.submittedAt))[0];
}
