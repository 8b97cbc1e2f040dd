import { QuestionSet } from '../questionnaire/question-set';
import { Assessment } from './assessment';

/** A blank assessment for a questionnaire. The caller supplies the id and the time. */
export function newAssessment(set: QuestionSet, id: string, now: string): Assessment {
  return {
    id,
    setId: set.id,
    setVersion: set.version,
    answers: {},
    plan: {},
    step: 0,
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * Next year's draft from a submitted assessment: the same business id and answers (so only what
 * changed needs answering), actions not yet done carried over, and nothing of the review.
 * The latest questionnaire of the sector is used; answers to questions it no longer has are dropped.
 */
export function nextDraft(
  previous: Assessment,
  set: QuestionSet,
  id: string,
  now: string,
): Assessment {
  const questionIds = new Set(set.sections.flatMap((s) => s.questions.map((q) => q.id)));
  const actionIds = new Set(set.actions.map((a) => a.id));
  return {
    ...newAssessment(set, id, now),
    businessId: previous.businessId,
    answers: Object.fromEntries(
      Object.entries(previous.answers).filter(([question]) => questionIds.has(question)),
    ),
    plan: Object.fromEntries(
      Object.entries(previous.plan).filter(
        ([action, entry]) => actionIds.has(action) && entry.status !== 'done',
      ),
    ),
  };
}
