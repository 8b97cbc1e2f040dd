import { PlanStatus } from '../assessment/assessment';
import { AnswerStatus } from '../scoring/assessment-score';
import { Band } from '../scoring/risk-band';
import { ActionPriority, Criterion } from '../questionnaire/risk-model';

/** What the destination questions contributed, for the sentence that explains it. */
export interface ContextPhrase {
  readonly points: number;
  /** Factors that counted, of `total` asked. */
  readonly counted: number;
  readonly total: number;
  /** Of those counted: how many from "Don't know", how many because not answered yet. */
  readonly unverified: number;
  readonly unanswered: number;
  /** How the known-hotspot question counted, when it did: it sets the highest level on its own. */
  readonly hotspot: AnswerStatus | null;
}

/** Why safeguards did not lower the likelihood. */
export type NoReduction = 'too-low' | 'already-lowest' | 'red-flag';

/** A score and its band, before or after an action. */
export interface ScoreBand {
  readonly score: number;
  readonly band: Band;
}

/**
 * The words the explanations are made of. The app supplies them in the user's language, so the
 * domain builds every sentence the same way for the screen and the PDF without knowing the language.
 */
export interface Phrases {
  band(band: Band): string;
  priority(priority: ActionPriority): string;
  planStatus(status: PlanStatus): string;
  criterion(criterion: Criterion): string;
  controlLevel(level: string): string;
  dontKnow(): string;
  notAnswered(): string;
  context(context: ContextPhrase): string;
  exposure(question: string, answer: string, points: number, status: AnswerStatus): string;
  /** A red flag on the item, which sets its likelihood to the maximum. */
  redFlag(title: string, likelihood: number): string;
  inherent(likelihood: number, severity: number, score: number, band: Band): string;
  control(title: string, rating: number, isCapped: boolean, status: AnswerStatus): string;
  noControls(): string;
  /** Safeguards lowered the likelihood by `levels` (≥ 1), from `from` to `to`. */
  reduction(average: number, levels: number, from: number, to: number, isLimited: boolean): string;
  noReduction(average: number, why: NoReduction): string;
  residual(likelihood: number, severity: number, score: number, band: Band): string;
  /** The residual of an item with red flags: Very high, named after the flags. */
  residualRaised(flags: string, likelihood: number, severity: number, score: number): string;
  /** The heading of the facts taken from the supplier register. */
  factsSection(): string;
  /** What an action changes for one item; `after` is null when the item no longer applies. */
  outcome(item: string, before: ScoreBand, after: ScoreBand | null): string;
}
