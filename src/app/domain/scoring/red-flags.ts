import { holds, questionsIn } from '../questionnaire/condition';
import { QuestionSet } from '../questionnaire/question-set';
import { VisibleView } from '../questionnaire/visibility';
import { answerRef } from './answer-ref';
import { FiredRedFlag } from './assessment-score';

/**
 * The red flags of brief §8 that the visible answers raise. A flag fires on an explicit answer
 * (including "Don't know" where the set says so), never on a question left blank.
 */
export function firedRedFlags(set: QuestionSet, view: VisibleView): FiredRedFlag[] {
  return set.redFlags
    .filter((flag) => holds(flag.when, view.answers))
    .map((flag) => ({
      id: flag.id,
      title: flag.title,
      items: flag.items,
      answers: unique(questionsIn(flag.when))
        .map((question) => answerRef(question, view))
        .filter((ref) => ref.status !== 'unanswered'),
    }));
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
