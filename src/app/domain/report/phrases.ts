import { PlanStatus } from '../assessment/assessment';
import { AnswerStatus } from '../scoring/assessment-score';
import { Band } from '../scoring/risk-band';
import { ActionPriority, Criterion } from '../questionnaire/risk-model';

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
  context(points: number, factorCount: number, isHotspot: boolean): string;
  exposure(question: string, answer: string, points: number, status: AnswerStatus): string;
  inherent(likelihood: number, severity: number, score: number, band: Band): string;
  control(title: string, rating: number, isCapped: boolean, status: AnswerStatus): string;
  noControls(): string;
  reduction(average: number, levels: number, isLimited: boolean): string;
  residual(likelihood: number, severity: number, score: number, band: Band): string;
  redFlag(title: string): string;
  outcome(item: string, before: Band, after: Band | null): string;
}
