import { Answers } from '../questionnaire/answers';
import { holds } from '../questionnaire/condition';
import { QuestionSet } from '../questionnaire/question-set';
import { ActionDef, ActionPriority } from '../questionnaire/risk-model';
import { findQuestion, visibleView } from '../questionnaire/visibility';
import { AssessmentScore } from '../scoring/assessment-score';
import { Band, bandRank } from '../scoring/risk-band';
import { scoreAssessment } from '../scoring/score-assessment';
import { ScoringParameters } from '../scoring/scoring-parameters';

/** The band an item has now and the band it would reach if this action were done. */
export interface ItemOutcome {
  readonly itemId: string;
  readonly before: Band;
  /** null when the item no longer applies once the action is done (the risky product was dropped). */
  readonly after: Band | null;
}

export interface RecommendedAction {
  readonly def: ActionDef;
  /** Items whose residual score or red flags this action changes, worst first. */
  readonly outcomes: readonly ItemOutcome[];
  readonly overallBefore: Band;
  readonly overallAfter: Band;
}

const PRIORITY_ORDER: readonly ActionPriority[] = ['immediate', 'high', 'medium'];

/**
 * The actions of brief §10 that the current gaps call for, each with a "what-if": the assessment is
 * scored again as if the action were done, so the user sees which band each item would reach.
 * Ordered by priority, then by the worst band the action addresses.
 */
export function recommendActions(
  set: QuestionSet,
  answers: Answers,
  score: AssessmentScore,
  params: ScoringParameters,
): RecommendedAction[] {
  const visible = visibleView(set, answers).answers;
  return set.actions
    .filter((def) => holds(def.when, visible))
    .map((def) => whatIf(set, answers, score, def, params))
    .sort(byPriorityThenBand);
}

/** The answers as they would be once the action is done: controls only ever go up. */
export function applyEffect(set: QuestionSet, answers: Answers, effect: Answers): Answers {
  const result: Record<string, string> = { ...answers };
  for (const [question, target] of Object.entries(effect)) {
    const isControl = findQuestion(set, question)?.kind === 'control';
    const current = Number(answers[question]);
    result[question] =
      isControl && Number.isInteger(current) && current > Number(target) ? String(current) : target;
  }
  return result;
}

function whatIf(
  set: QuestionSet,
  answers: Answers,
  before: AssessmentScore,
  def: ActionDef,
  params: ScoringParameters,
): RecommendedAction {
  const after = scoreAssessment(set, applyEffect(set, answers, def.effect), params);
  const outcomes = before.items
    .map((item) => ({ item, changed: after.items.find((i) => i.itemId === item.itemId) }))
    .filter(
      ({ item, changed }) =>
        !changed ||
        changed.residual.score !== item.residual.score ||
        changed.redFlags.length !== item.redFlags.length,
    )
    .map(({ item, changed }) => ({
      itemId: item.itemId,
      before: item.residual.band,
      after: changed?.residual.band ?? null,
    }))
    .sort((a, b) => bandRank(b.before) - bandRank(a.before));
  return { def, outcomes, overallBefore: before.overall.band, overallAfter: after.overall.band };
}

function byPriorityThenBand(a: RecommendedAction, b: RecommendedAction): number {
  const byPriority =
    PRIORITY_ORDER.indexOf(a.def.priority) - PRIORITY_ORDER.indexOf(b.def.priority);
  if (byPriority) return byPriority;
  return worstBefore(b) - worstBefore(a);
}

function worstBefore(action: RecommendedAction): number {
  return Math.max(-1, ...action.outcomes.map((o) => bandRank(o.before)));
}
