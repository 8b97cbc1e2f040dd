import { QuestionSet } from '../question-set';
import { ACCOMMODATION } from './accommodation';
import { TOURISM_SERVICES } from './tourism-services';

/** Every questionnaire Haven ships, in the order a user chooses between them. */
export const QUESTION_SETS: readonly QuestionSet[] = [ACCOMMODATION, TOURISM_SERVICES];

/** The questionnaire with this id and version, or undefined when Haven does not have it. */
export function findQuestionSet(id: string, version: string): QuestionSet | undefined {
  return QUESTION_SETS.find((set) => set.id === id && set.version === version);
}
