import { QuestionSet } from '../questionnaire/question-set';
import { VisibleView } from '../questionnaire/visibility';
import { answerRef, countsAsRisky } from './answer-ref';
import { ContextResult } from './assessment-score';
import { ScoringParameters } from './scoring-parameters';

/** Destination context points 0–2 (brief §9): few factors 0, some 1, many or a known hotspot 2. */
export function contextPoints(
  set: QuestionSet,
  view: VisibleView,
  params: ScoringParameters,
): ContextResult {
  const counted = set.contextFactors
    .map((factor) => ({ factor, ref: answerRef(factor.question, view) }))
    .filter(({ factor, ref }) => countsAsRisky(ref, factor.riskyValues, view));
  const hotspot = counted.find(({ factor }) => factor.isHotspot)?.ref ?? null;
  const points =
    hotspot || counted.length >= params.contextManyFactors
      ? params.maxContextPoints
      : counted.length >= params.contextSomeFactors
        ? 1
        : 0;
  return {
    points,
    factors: counted.map(({ ref }) => ref),
    factorCount: set.contextFactors.filter((f) => view.questionIds.has(f.question)).length,
    hotspot,
  };
}
