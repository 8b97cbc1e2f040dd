import { QuestionSet } from '../questionnaire/question-set';
import { visibleView } from '../questionnaire/visibility';
import { Assessment } from './assessment';
import { canonicalJson } from './canonical-json';

/**
 * The text a report's document id is the SHA-256 of: the questionnaire id and version and the
 * answers that count (hidden ones left out), in canonical form. Two reports with the same id were
 * made from the same answers to the same questionnaire.
 */
export function documentContent(set: QuestionSet, assessment: Assessment): string {
  return canonicalJson({
    questionnaire: set.id,
    version: set.version,
    answers: visibleView(set, assessment.answers).answers,
  });
}
