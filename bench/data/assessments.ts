import { Assessment, PlanEntry } from '../../src/app/domain/assessment/assessment';
import { newAssessment } from '../../src/app/domain/assessment/new-assessment';
import { recommendActions } from '../../src/app/domain/plan/action-plan';
import { ACCOMMODATION } from '../../src/app/domain/questionnaire/sets/accommodation';
import { scoreAssessment } from '../../src/app/domain/scoring/score-assessment';
import { DEFAULT_PARAMETERS } from '../../src/app/domain/scoring/scoring-parameters';
import { WORKED_EXAMPLE_HOTEL } from '../../src/app/domain/testing/sample-answers';

const CREATED = '2026-03-02T09:00:00.000Z';
const UPDATED = '2026-03-02T09:40:00.000Z';

/**
 * A hotel part-way through its questionnaire, as a manager leaves it and comes back: the first
 * three sections answered and the wizard on the fourth. Opening it cold is "first question visible".
 */
export function assessmentInProgress(): Assessment {
  const set = ACCOMMODATION;
  const answeredIds = new Set(
    set.sections.slice(0, 3).flatMap((s) => s.questions.map((q) => q.id)),
  );
  return {
    ...newAssessment(set, '5b1e7c62-1f0a-4c55-9d3e-000000000001', CREATED),
    answers: Object.fromEntries(
      Object.entries(WORKED_EXAMPLE_HOTEL).filter(([id]) => answeredIds.has(id)),
    ),
    step: 3,
    updatedAt: UPDATED,
  };
}

/**
 * Brief §9's worked example, every question answered and every recommended action given an owner,
 * a due date and a status: the due-diligence PDF at its usual full length, not a DRAFT.
 */
export function fullyAnsweredAssessment(): Assessment {
  const set = ACCOMMODATION;
  const answers = WORKED_EXAMPLE_HOTEL;
  const score = scoreAssessment(set, answers);
  if (score.unanswered.length) {
    throw new Error(`The PDF's assessment leaves ${score.unanswered.join(', ')} unanswered.`);
  }
  const statuses = ['in-progress', 'not-started', 'done'] as const;
  const plan: Record<string, PlanEntry> = Object.fromEntries(
    recommendActions(set, answers, score, DEFAULT_PARAMETERS).map((action, index) => [
      action.def.id,
      {
        owner: index % 2 ? 'Front office manager' : 'General manager',
        due: `2026-${String(4 + (index % 8)).padStart(2, '0')}-30`,
        status: statuses[index % statuses.length],
        note: index % 3 ? '' : 'Agreed at the March staff meeting; budget approved.',
      },
    ]),
  );
  return {
    ...newAssessment(set, '5b1e7c62-1f0a-4c55-9d3e-000000000002', CREATED),
    answers,
    plan,
    step: set.sections.length - 1,
    updatedAt: UPDATED,
  };
}
