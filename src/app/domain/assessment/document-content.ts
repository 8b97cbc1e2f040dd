import { Answers } from '../questionnaire/answers';
import { QuestionSet } from '../questionnaire/question-set';
import { visibleView } from '../questionnaire/visibility';
import { ScoringParameters } from '../scoring/scoring-parameters';
import { EMPTY_PLAN_ENTRY, PlanEntry } from './assessment';
import { canonicalJson } from './canonical-json';

/**
 * The text a report's document id is the SHA-256 of: everything the report's content comes from —
 * the questionnaire id and version, the scoring parameters, the answers that count (hidden ones
 * left out; a supplier's register facts in), and what was recorded against each action the plan
 * shows. Two reports with the same id say the same thing; only the language and the date of
 * printing can differ.
 */
export function documentContent(
  set: QuestionSet,
  answers: Answers,
  plan: Readonly<Record<string, PlanEntry>>,
  actionIds: readonly string[],
  parameters: ScoringParameters,
): string {
  return canonicalJson({
    questionnaire: set.id,
    version: set.version,
    parameters,
    answers: visibleView(set, answers).answers,
    plan: Object.fromEntries(actionIds.map((id) => [id, plan[id] ?? EMPTY_PLAN_ENTRY])),
  });
}
