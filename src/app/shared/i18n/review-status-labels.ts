import { ReviewStatus } from '../../domain/review/review';

/** A review's status in words: on the reviewer's queue and on the business's results page. */
export const REVIEW_STATUS_LABELS: Readonly<Record<ReviewStatus, string>> = {
  new: $localize`:@@reviewStatus.new:New`,
  'in-review': $localize`:@@reviewStatus.inReview:In review`,
  'changes-requested': $localize`:@@reviewStatus.changes:Changes requested`,
  accepted: $localize`:@@reviewStatus.accepted:Accepted`,
};
