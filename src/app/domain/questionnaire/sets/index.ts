import { QuestionSet } from '../question-set';
import { ACCOMMODATION } from './accommodation';
import { SUPPLIER_SETS } from './supplier-sets';
import { TOURISM_SERVICES } from './tourism-services';

/** Every questionnaire Haven ships, in the order a user chooses between them. */
export const QUESTION_SETS: readonly QuestionSet[] = [ACCOMMODATION, TOURISM_SERVICES];

/** Every questionnaire, the self-assessments and the supplier questionnaires. */
export const ALL_QUESTION_SETS: readonly QuestionSet[] = [
  ...QUESTION_SETS,
  ...Object.values(SUPPLIER_SETS),
];

/** The questionnaire with this id and version, or undefined when Haven does not have it. */
export function findQuestionSet(id: string, version: string): QuestionSet | undefined {
  return ALL_QUESTION_SETS.find((set) => set.id === id && set.version === version);
}
