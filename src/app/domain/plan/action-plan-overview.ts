import { Answers } from '../questionnaire/answers';
import { QuestionSet } from '../questionnaire/question-set';
import { AssessmentScore, ItemScore } from '../scoring/assessment-score';
import { itemsByConcern } from '../scoring/item-order';
import { ScoringParameters } from '../scoring/scoring-parameters';
import { recommendActions, RecommendedAction } from './action-plan';
import { itemInputs } from './item-inputs';

/** The whole action plan: what to answer first, what to do, and what risk remains. */
export interface ActionPlan {
  /** Visible questions still to answer, in questionnaire order: the plan asks for them first. */
  readonly openQuestions: readonly string[];
  readonly actions: readonly RecommendedAction[];
  /**
   * Items above Low that no action and no open question works on, worst first: the risk that stays
   * once the safeguards lower it as far as the method allows, from the place and the services.
   */
  readonly remaining: readonly ItemScore[];
  /** True only when every question is answered, nothing needs doing and every risk is Low. */
  readonly hasNoGap: boolean;
  /** Every question is answered and no action is left, yet some risk remains (see `remaining`). */
  readonly hasOnlyRemainingRisk: boolean;
}

/**
 * The plan for one assessment. Unanswered questions count as the riskier answer but trigger no
 * action of their own, so while any is open the plan says so first and never claims "no gap".
 */
export function buildPlan(
  set: QuestionSet,
  answers: Answers,
  score: AssessmentScore,
  params: ScoringParameters,
): ActionPlan {
  const actions = recommendActions(set, answers, score, params);
  const addressed = new Set(actions.flatMap((action) => action.addresses));
  const open = new Set(score.unanswered);
  const remaining = itemsByConcern(score.items).filter(
    (item) =>
      item.residual.band !== 'low' &&
      !addressed.has(item.itemId) &&
      ![...itemInputs(item, score)].some((question) => open.has(question)),
  );
  const isSettled = score.unanswered.length === 0 && actions.length === 0;
  return {
    openQuestions: score.unanswered,
    actions,
    remaining,
    hasNoGap: isSettled && score.items.every((item) => item.residual.band === 'low'),
    hasOnlyRemainingRisk: isSettled && remaining.length > 0,
  };
}
