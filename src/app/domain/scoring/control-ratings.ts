import { QuestionSet } from '../questionnaire/question-set';
import { VisibleView } from '../questionnaire/visibility';
import { answerRef } from './answer-ref';
import { ControlRating } from './assessment-score';
import { ScoringParameters } from './scoring-parameters';

export interface RatedControls {
  /** Ratings of the controls whose question shows, by control id. */
  readonly byId: ReadonlyMap<string, ControlRating>;
  readonly isAnnualReviewInPlace: boolean;
}

/**
 * Rates every applicable control 0–3. "Don't know" and no answer rate 0. Criterion 6 is a governance
 * check: without a yearly review in place, no control counts above the cap (brief §9).
 */
export function rateControls(
  set: QuestionSet,
  view: VisibleView,
  params: ScoringParameters,
): RatedControls {
  const stated = set.controls
    .filter((control) => view.questionIds.has(control.question))
    .map((control) => {
      const answer = answerRef(control.question, view);
      return { control, answer, stated: answer.status === 'answered' ? Number(answer.value) : 0 };
    });
  const review = stated.find(({ control }) => control.criterion === 6);
  const isAnnualReviewInPlace = (review?.stated ?? 0) >= params.annualReviewInPlaceFrom;
  const cap = isAnnualReviewInPlace ? 3 : params.capWithoutReview;

  const byId = new Map<string, ControlRating>();
  for (const { control, answer, stated: rating } of stated) {
    byId.set(control.id, {
      controlId: control.id,
      title: control.title,
      criterion: control.criterion,
      answer,
      rating: Math.min(rating, cap),
      isCapped: rating > cap,
    });
  }
  return { byId, isAnnualReviewInPlace };
}
