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
