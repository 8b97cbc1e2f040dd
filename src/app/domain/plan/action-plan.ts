import { Answers } from '../questionnaire/answers';
import { holds } from '../questionnaire/condition';
import { QuestionSet } from '../questionnaire/question-set';
import { ActionDef, ActionPriority } from '../questionnaire/risk-model';
import { allQuestions, findQuestion, visibleView } from '../questionnaire/visibility';
import { AssessmentScore, ItemScore } from '../scoring/assessment-score';
import { Band, bandRank } from '../scoring/risk-band';
import { scoreAssessment } from '../scoring/score-assessment';
import { ScoringParameters } from '../scoring/scoring-parameters';
import { itemInputs } from './item-inputs';

/** An item's score and band now, and once the action is done. */
export interface ItemOutcome {
  readonly itemId: string;
  readonly before: { readonly score: number; readonly band: Band };
  /** null when the item no longer applies once the action is done (the risky product was dropped). */
  readonly after: { readonly score: number; readonly band: Band } | null;
}

export interface RecommendedAction {
  readonly def: ActionDef;
  /** For an action about several questions: the ones it concerns now, in questionnaire order. */
  readonly targets: readonly string[];
  /** Whether the action has a known result to show ("find out" does not: the answer may go either way). */
  readonly hasWhatIf: boolean;
  /** Items whose residual score this action changes, worst first. */
  readonly outcomes: readonly ItemOutcome[];
  /**
   * Items the action works on: it changes an answer, a safeguard rating or a red flag they depend
   * on, or it concerns a question they depend on, even where the score does not move on its own.
   */
  readonly addresses: readonly string[];
  /** Red flags raised now that the action would clear. */
  readonly clearsRedFlags: readonly string[];
  readonly overallBefore: Band;
  readonly overallAfter: Band;
}

const PRIORITY_ORDER: readonly ActionPriority[] = ['immediate', 'high', 'medium'];

/**
 * The actions of brief §10 that the current gaps call for, each with a "what-if": the assessment is
 * scored again as if the action were done, so the user sees what each item would reach.
 * Ordered by priority, then those that clear a red flag, then by the worst band they work on.
 */
export function recommendActions(
  set: QuestionSet,
  answers: Answers,
  score: AssessmentScore,
  params: ScoringParameters,
): RecommendedAction[] {
  const visible = visibleView(set, answers).answers;
  const bandOf = new Map(score.items.map((item) => [item.itemId, bandRank(item.residual.band)]));
  const worst = (action: RecommendedAction) =>
    Math.max(-1, ...action.addresses.map((id) => bandOf.get(id) ?? -1));
  const clears = (action: RecommendedAction) => (action.clearsRedFlags.length ? 1 : 0);
  return set.actions
    .filter((def) => holds(def.when, visible))
    .map((def) => whatIf(set, answers, visible, score, def, params))
    .sort(
      (a, b) =>
        PRIORITY_ORDER.indexOf(a.def.priority) - PRIORITY_ORDER.indexOf(b.def.priority) ||
        clears(b) - clears(a) ||
        worst(b) - worst(a),
    );
}

/**
 * The answers as they would be once the action is done: controls only ever go up. An action with
 * a scope changes only the questions in its scope whose answer is one of the scope's values.
 */
export function applyEffect(
  set: QuestionSet,
  answers: Answers,
  effect: Answers,
  scope?: ActionDef['scope'],
): Answers {
  const result: Record<string, string> = { ...answers };
  for (const [question, target] of Object.entries(effect)) {
    if (scope && !scope.values.includes(answers[question] ?? '')) continue;
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
  visible: Answers,
  before: AssessmentScore,
  def: ActionDef,
  params: ScoringParameters,
): RecommendedAction {
  const hasWhatIf = Object.keys(def.effect).length > 0;
  const after = hasWhatIf
    ? scoreAssessment(set, applyEffect(set, answers, def.effect, def.scope), params)
    : before;
  const targets = def.scope ? targetsOf(set, def.scope, visible) : [];
  const compare = (item: ItemScore) => {
    const now = after.items.find((i) => i.itemId === item.itemId);
    return {
      item,
      now,
      scoreMoved: !now || now.residual.score !== item.residual.score,
      inputsMoved: !now || inputsDiffer(item, now),
    };
  };
  const compared = before.items.map(compare);
  const outcomes = compared
    .filter(({ scoreMoved }) => scoreMoved)
    .map(({ item, now }) => ({
      itemId: item.itemId,
      before: { score: item.residual.score, band: item.residual.band },
      after: now ? { score: now.residual.score, band: now.residual.band } : null,
    }))
    .sort((a, b) => bandRank(b.before.band) - bandRank(a.before.band));
  const addresses = compared
    .filter(
      ({ item, inputsMoved }) =>
        inputsMoved || targets.some((q) => itemInputs(item, before).has(q)),
    )
    .map(({ item }) => item.itemId);
  const stillRaised = new Set(after.redFlags.map((flag) => flag.id));
  return {
    def,
    targets,
    hasWhatIf,
    outcomes,
    addresses,
    clearsRedFlags: before.redFlags.map((flag) => flag.id).filter((id) => !stillRaised.has(id)),
    overallBefore: before.overall.band,
    overallAfter: after.overall.band,
  };
}

function targetsOf(
  set: QuestionSet,
  scope: NonNullable<ActionDef['scope']>,
  visible: Answers,
): string[] {
  return allQuestions(set)
    .map((q) => q.id)
    .filter((id) => scope.questions.includes(id) && scope.values.includes(visible[id] ?? ''));
}

/** Whether anything the item's score is made of differs: exposure, safeguard ratings, red flags. */
function inputsDiffer(a: ItemScore, b: ItemScore): boolean {
  const key = (item: ItemScore) =>
    JSON.stringify([
      item.exposure.map((e) => [e.question, e.value, e.points]),
      item.controls.map((c) => [c.controlId, c.rating]),
      item.redFlags,
      item.residual.score,
    ]);
  return key(a) !== key(b);
}
