import { LocaleText } from '../locale-text';
import { Criterion } from '../questionnaire/risk-model';
import { Band } from './risk-band';
import { ScoringParameters } from './scoring-parameters';

/**
 * How an answer was used: as given, as "Don't know" (counted as the riskier answer, unverified) or
 * missing (also counted as the riskier answer until the user answers it).
 */
export type AnswerStatus = 'answered' | 'unverified' | 'unanswered';

/** One answer that moved a score, so every number can point back at its question. */
export interface AnswerRef {
  readonly question: string;
  readonly value: string | undefined;
  readonly status: AnswerStatus;
}

export interface ContextResult {
  readonly points: number;
  /** Factors that counted (risky, unknown or unanswered). */
  readonly factors: readonly AnswerRef[];
  /** How many destination factors the questionnaire asks about. */
  readonly factorCount: number;
  /** The known-hotspot factor when it counted, which sets the highest level on its own. */
  readonly hotspot: AnswerRef | null;
}

export interface ExposureReason extends AnswerRef {
  readonly points: number;
}

export interface ControlRating {
  readonly controlId: string;
  readonly title: LocaleText;
  readonly criterion: Criterion;
  readonly answer: AnswerRef;
  /** The rating used for scoring, 0–3, after the annual-review cap. */
  readonly rating: number;
  /** True when the answer said 3 but the missing annual review held it at the cap. */
  readonly isCapped: boolean;
}

export interface ItemScore {
  readonly itemId: string;
  readonly title: LocaleText;
  readonly severity: number;
  readonly contextPoints: number;
  readonly exposurePoints: number;
  readonly exposure: readonly ExposureReason[];
  /** Likelihood as the answers give it: base + context + exposure, capped. */
  readonly answeredLikelihood: number;
  /**
   * Likelihood × severity before safeguards. A red flag sets the likelihood to its maximum, so the
   * score, its band and the cell of the risk map always agree (brief §8, §9).
   */
  readonly inherent: { readonly likelihood: number; readonly score: number; readonly band: Band };
  readonly controls: readonly ControlRating[];
  /** Average of the mapped controls' ratings; null when no mapped control applies. */
  readonly controlAverage: number | null;
  /** Levels the likelihood actually fell: 0 with a red flag, and never below likelihood 1. */
  readonly reduction: number;
  /** True when the rule "at most 1 level until a safeguard is rated 3" held the likelihood up. */
  readonly isReductionLimited: boolean;
  /** The item's rating: `band` is always the band of `score`. */
  readonly residual: { readonly likelihood: number; readonly score: number; readonly band: Band };
  /** Red flags that set this item to Very high whatever the safeguards. */
  readonly redFlags: readonly string[];
}

export interface FiredRedFlag {
  readonly id: string;
  readonly title: LocaleText;
  readonly items: readonly string[];
  /** The answers that raised it. */
  readonly answers: readonly AnswerRef[];
}

export interface CriterionCoverage {
  readonly criterion: Criterion;
  readonly ratingSum: number;
  readonly maxSum: number;
  /** ratingSum ÷ maxSum, 0–1; null when no control of this criterion applies. */
  readonly ratio: number | null;
}

export interface AssessmentScore {
  readonly setId: string;
  readonly setVersion: string;
  readonly parameters: ScoringParameters;
  readonly context: ContextResult;
  readonly isAnnualReviewInPlace: boolean;
  readonly items: readonly ItemScore[];
  readonly redFlags: readonly FiredRedFlag[];
  readonly overall: {
    readonly band: Band;
    readonly countsByBand: Readonly<Record<Band, number>>;
  };
  readonly coverage: {
    readonly ratio: number;
    readonly byCriterion: readonly CriterionCoverage[];
  };
  /** Visible questions answered "Don't know". */
  readonly unverified: readonly string[];
  /** Visible questions that still need an answer (optional text fields excepted). */
  readonly unanswered: readonly string[];
  readonly questionCount: number;
}
