import { holds } from '../questionnaire/condition';
import { Answers } from '../questionnaire/answers';
import { QuestionSet, UNKNOWN } from '../questionnaire/question-set';
import { allQuestions, visibleView } from '../questionnaire/visibility';
import { Criterion } from '../questionnaire/risk-model';
import { AssessmentScore, CriterionCoverage, ItemScore } from './assessment-score';
import { contextPoints } from './context-points';
import { rateControls, RatedControls } from './control-ratings';
import { firedRedFlags } from './red-flags';
import { Band, BANDS, worseBand } from './risk-band';
import { scoreItem } from './score-item';
import { DEFAULT_PARAMETERS, ScoringParameters } from './scoring-parameters';

const CRITERIA: readonly Criterion[] = [1, 2, 3, 4, 5, 6];

/**
 * Scores a whole assessment with the method of brief §9 and returns every reason behind it.
 * Only visible answers count; answers to hidden questions are kept by the caller but ignored here.
 */
export function scoreAssessment(
  set: QuestionSet,
  answers: Answers,
  params: ScoringParameters = DEFAULT_PARAMETERS,
): AssessmentScore {
  const view = visibleView(set, answers);
  const context = contextPoints(set, view, params);
  const controls = rateControls(set, view, params);
  const redFlags = firedRedFlags(set, view);
  const items = set.riskItems
    .filter((item) => !item.appliesIf || holds(item.appliesIf, view.answers))
    .map((item) => scoreItem(item, context, controls, redFlags, view, params));

  const visible = allQuestions(set).filter((q) => view.questionIds.has(q.id));
  return {
    setId: set.id,
    setVersion: set.version,
    parameters: params,
    context,
    isAnnualReviewInPlace: controls.isAnnualReviewInPlace,
    items,
    redFlags,
    overall: overallOf(items),
    coverage: coverageOf(controls),
    unverified: visible.filter((q) => view.answers[q.id] === UNKNOWN).map((q) => q.id),
    unanswered: visible
      .filter((q) => view.answers[q.id] === undefined && (q.kind !== 'text' || q.required))
      .map((q) => q.id),
    questionCount: visible.length,
  };
}

function overallOf(items: readonly ItemScore[]): AssessmentScore['overall'] {
  const countsByBand = Object.fromEntries(BANDS.map((band) => [band, 0])) as Record<Band, number>;
  let band: Band = 'low';
  for (const item of items) {
    countsByBand[item.residual.band]++;
    band = worseBand(band, item.residual.band);
  }
  return { band, countsByBand };
}

/** Criteria coverage: sum of control ratings ÷ the maximum possible (brief §9), overall and per criterion. */
function coverageOf(controls: RatedControls): AssessmentScore['coverage'] {
  const ratings = [...controls.byId.values()];
  const byCriterion: CriterionCoverage[] = CRITERIA.map((criterion) => {
    const own = ratings.filter((r) => r.criterion === criterion);
    const ratingSum = own.reduce((sum, r) => sum + r.rating, 0);
    const maxSum = own.length * 3;
    return { criterion, ratingSum, maxSum, ratio: maxSum ? ratingSum / maxSum : null };
  });
  const total = ratings.reduce((sum, r) => sum + r.rating, 0);
  return { ratio: ratings.length ? total / (ratings.length * 3) : 0, byCriterion };
}
