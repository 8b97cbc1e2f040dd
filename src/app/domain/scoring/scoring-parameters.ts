import { BandLimits } from './risk-band';

/** Every number of the scoring method (brief §9), in one place so it can be tuned and reported. */
export interface ScoringParameters {
  /** Likelihood starts here before context and exposure points. */
  readonly baseLikelihood: number;
  readonly maxLikelihood: number;
  /** Context points: this many factors give 1 point … */
  readonly contextSomeFactors: number;
  /** … and this many (or a known hotspot) give the maximum. */
  readonly contextManyFactors: number;
  readonly maxContextPoints: number;
  readonly maxExposurePoints: number;
  readonly bandLimits: BandLimits;
  /** Average control rating from which likelihood drops by 1, and by 2. */
  readonly reduceOneLevelFrom: number;
  readonly reduceTwoLevelsFrom: number;
  /** Without any control rated 3 ("in use and checked"), likelihood drops by at most this much. */
  readonly maxReductionWithoutCheckedControl: number;
  /** The annual-review control must reach this rating, or no control may count above `capWithoutReview`. */
  readonly annualReviewInPlaceFrom: number;
  readonly capWithoutReview: number;
}

export const DEFAULT_PARAMETERS: ScoringParameters = {
  baseLikelihood: 1,
  maxLikelihood: 5,
  contextSomeFactors: 2,
  contextManyFactors: 4,
  maxContextPoints: 2,
  maxExposurePoints: 2,
  bandLimits: { low: 5, medium: 10, high: 15 },
  reduceOneLevelFrom: 1,
  reduceTwoLevelsFrom: 2,
  maxReductionWithoutCheckedControl: 1,
  annualReviewInPlaceFrom: 2,
  capWithoutReview: 2,
};
