import { UNKNOWN } from '../questionnaire/question-set';
import { VisibleView } from '../questionnaire/visibility';
import { AnswerRef } from './assessment-score';

export function answerRef(question: string, view: VisibleView): AnswerRef {
  const value = view.answers[question];
  const status = value === undefined ? 'unanswered' : value === UNKNOWN ? 'unverified' : 'answered';
  return { question, value, status };
}

/**
 * Whether a visible factor counts towards risk: a risky answer, and also "Don't know" or no answer,
 * which count as the riskier answer (brief §9). A hidden question does not apply and never counts.
 */
export function countsAsRisky(
  ref: AnswerRef,
  riskyValues: readonly string[],
  view: VisibleView,
): boolean {
  if (!view.questionIds.has(ref.question)) return false;
  return ref.status !== 'answered' || riskyValues.includes(ref.value ?? '');
}
