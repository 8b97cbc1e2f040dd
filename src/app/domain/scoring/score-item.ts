import { RiskItemDef } from '../questionnaire/risk-model';
import { VisibleView } from '../questionnaire/visibility';
import { answerRef, countsAsRisky } from './answer-ref';
import {
  ContextResult,
  ControlRating,
  ExposureReason,
  FiredRedFlag,
  ItemScore,
} from './assessment-score';
import { RatedControls } from './control-ratings';
import { bandFor } from './risk-band';
import { ScoringParameters } from './scoring-parameters';

/**
 * Scores one risk item (brief §9): likelihood from context and exposure, inherent = L × S, then
 * the mapped controls lower likelihood (never severity).
 *
 * A red flag sets the likelihood to its maximum, before and after safeguards: the practice makes
 * the harm likely whatever else is in place. So a flagged item's score is 5 × severity, Very high,
 * and every place that prints a score, a band or a cell of the risk map says the same thing.
 */
export function scoreItem(
  item: RiskItemDef,
  context: ContextResult,
  controls: RatedControls,
  redFlags: readonly FiredRedFlag[],
  view: VisibleView,
  params: ScoringParameters,
): ItemScore {
  const exposure: ExposureReason[] = [];
  for (const factor of item.exposure) {
    const ref = answerRef(factor.question, view);
    if (countsAsRisky(ref, factor.riskyValues, view))
      exposure.push({ ...ref, points: factor.points });
  }
  const exposurePoints = Math.min(
    params.maxExposurePoints,
    exposure.reduce((sum, reason) => sum + reason.points, 0),
  );
  const answeredLikelihood = Math.min(
    params.maxLikelihood,
    params.baseLikelihood + context.points + exposurePoints,
  );
  const flags = redFlags.filter((flag) => flag.items.includes(item.id)).map((flag) => flag.id);
  const isFlagged = flags.length > 0;
  const likelihood = isFlagged ? params.maxLikelihood : answeredLikelihood;
  const inherentScore = likelihood * item.severity;

  const mapped = item.controls
    .map((id) => controls.byId.get(id))
    .filter((rating): rating is ControlRating => rating !== undefined);
  const controlAverage = mapped.length
    ? mapped.reduce((sum, control) => sum + control.rating, 0) / mapped.length
    : null;
  const earned = isFlagged ? 0 : levelsEarned(controlAverage, params);
  const hasCheckedControl = mapped.some((control) => control.rating === 3);
  const allowed = hasCheckedControl
    ? earned
    : Math.min(earned, params.maxReductionWithoutCheckedControl);
  const residualLikelihood = Math.max(1, likelihood - allowed);
  const residualScore = residualLikelihood * item.severity;

  return {
    itemId: item.id,
    title: item.title,
    severity: item.severity,
    contextPoints: context.points,
    exposurePoints,
    exposure,
    answeredLikelihood,
    inherent: {
      likelihood,
      score: inherentScore,
      band: bandFor(inherentScore, params.bandLimits),
    },
    controls: mapped,
    controlAverage,
    reduction: likelihood - residualLikelihood,
    // Only when the limit changed the outcome: at likelihood 2 one level reaches 1 either way.
    isReductionLimited: Math.max(1, likelihood - earned) < residualLikelihood,
    residual: {
      likelihood: residualLikelihood,
      score: residualScore,
      band: bandFor(residualScore, params.bandLimits),
    },
    redFlags: flags,
  };
}

function levelsEarned(average: number | null, params: ScoringParameters): number {
  if (average === null) return 0;
  if (average >= params.reduceTwoLevelsFrom) return 2;
  if (average >= params.reduceOneLevelFrom) return 1;
  return 0;
}
