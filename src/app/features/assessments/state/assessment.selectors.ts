import { createSelector } from '@ngrx/store';

import { buildPlan } from '../../../domain/plan/action-plan-overview';
import { EMPTY_PLAN_ENTRY } from '../../../domain/assessment/assessment';
import { documentContent } from '../../../domain/assessment/document-content';
import { findQuestionSet } from '../../../domain/questionnaire/sets';
import { visibleQuestionsOf, visibleView } from '../../../domain/questionnaire/visibility';
import {
  answerText,
  explainItem,
  itemTitle,
  questionText,
} from '../../../domain/report/explain-item';
import { targetText } from '../../../domain/report/report-model';
import { scoreAssessment } from '../../../domain/scoring/score-assessment';
import { withRegisterFacts } from '../../../domain/suppliers/register-facts';
import { heatMap } from '../../../domain/scoring/heat-map';
import { itemsByConcern } from '../../../domain/scoring/item-order';
import { DEFAULT_PARAMETERS } from '../../../domain/scoring/scoring-parameters';
import { PHRASES } from '../../../shared/i18n/phrases';
import { REVIEW_STATUS_LABELS } from '../../../shared/i18n/review-status-labels';
import { suppliersFeature } from '../../suppliers/state/supplier.feature';
import { assessmentsFeature } from './assessment.feature';
import { CONTENT } from '../../../shared/i18n/content';

const { selectOpenedAssessment, selectAllAssessments } = assessmentsFeature;

// Scores are derived here, memoized on the answers, and never stored.

export const selectOpenedSet = createSelector(selectOpenedAssessment, (assessment) =>
  assessment ? findQuestionSet(assessment.setId, assessment.setVersion) : undefined,
);

/** The business name the open assessment gives, or '' before it is answered. */
export const selectOpenedName = createSelector(
  selectOpenedSet,
  selectOpenedAssessment,
  (set, assessment) => (set ? (assessment?.answers[set.profile.name]?.trim() ?? '') : ''),
);

/** The register entry of the supplier the open assessment is about, if it is one. */
const selectOpenedSupplier = createSelector(
  selectOpenedAssessment,
  suppliersFeature.selectSupplierEntities,
  (assessment, suppliers) =>
    assessment?.supplier ? suppliers[assessment.supplier.supplierId] : undefined,
);

/** The answers the open assessment is scored with: for a supplier, with its register facts. */
export const selectOpenedAnswers = createSelector(
  selectOpenedAssessment,
  selectOpenedSupplier,
  (assessment, supplier) => assessment && withRegisterFacts(assessment.answers, supplier),
);

export const selectOpenedView = createSelector(
  selectOpenedSet,
  selectOpenedAnswers,
  (set, answers) => (set && answers ? visibleView(set, answers) : undefined),
);

export const selectOpenedScore = createSelector(
  selectOpenedSet,
  selectOpenedAnswers,
  (set, answers) =>
    set && answers ? scoreAssessment(set, answers, DEFAULT_PARAMETERS) : undefined,
);

/** The wizard's steps: each section with the questions that show now and how many are answered. */
export const selectWizardSteps = createSelector(selectOpenedSet, selectOpenedView, (set, view) =>
  set && view
    ? set.sections.map((section) => {
        const questions = visibleQuestionsOf(section, view);
        return {
          section,
          questions,
          answeredCount: questions.filter((q) => view.answers[q.id] !== undefined).length,
        };
      })
    : [],
);

export const selectWizardProgress = createSelector(selectWizardSteps, (steps) => {
  const total = steps.reduce((sum, step) => sum + step.questions.length, 0);
  const answered = steps.reduce((sum, step) => sum + step.answeredCount, 0);
  return { answered, total, percent: total ? Math.round((answered / total) * 100) : 0 };
});

/** Items worst first, numbered as on the heat map, each with the sentences that explain it. */
export const selectResultItems = createSelector(selectOpenedSet, selectOpenedScore, (set, score) =>
  set && score
    ? itemsByConcern(score.items).map((item, index) => ({
        number: index + 1,
        item,
        title: CONTENT(item.title),
        reasons: explainItem(item, score.context, set, PHRASES, CONTENT),
      }))
    : [],
);

export const selectHeatMap = createSelector(selectResultItems, selectOpenedScore, (items, score) =>
  score
    ? heatMap(
        items.map((i) => i.item),
        score.parameters,
      )
    : [],
);

/** The action plan: questions to answer first, the actions, and the risk that remains. */
export const selectOpenedPlan = createSelector(
  selectOpenedSet,
  selectOpenedAnswers,
  selectOpenedScore,
  (set, answers, score) =>
    set && answers && score ? buildPlan(set, answers, score, score.parameters) : undefined,
);

/** Each recommended action with what the user recorded against it, worded for the page. */
export const selectPlanRows = createSelector(
  selectOpenedPlan,
  selectOpenedAssessment,
  selectOpenedSet,
  (plan, assessment, set) =>
    set && plan
      ? plan.actions.map((action) => ({
          action,
          entry: assessment?.plan[action.def.id] ?? EMPTY_PLAN_ENTRY,
          targets: action.targets.map((id) => ({
            id,
            text: targetText(set, id, CONTENT),
          })),
          outcomes: action.outcomes.map((outcome) =>
            PHRASES.outcome(itemTitle(set, outcome.itemId, CONTENT), outcome.before, outcome.after),
          ),
        }))
      : [],
);

/** What the plan page says around the actions: open questions first, then the remaining risk. */
export const selectPlanSummary = createSelector(
  selectOpenedPlan,
  selectOpenedSet,
  selectResultItems,
  (plan, set, items) =>
    plan && set
      ? {
          openQuestions: plan.openQuestions.map((id) => ({
            id,
            text: questionText(set, id, CONTENT),
          })),
          remaining: plan.remaining.map((item) => ({
            number: items.find((row) => row.item.itemId === item.itemId)?.number ?? 0,
            title: CONTENT(item.title),
            band: item.residual.band,
            score: item.residual.score,
          })),
          hasNoGap: plan.hasNoGap,
          hasOnlyRemainingRisk: plan.hasOnlyRemainingRisk,
        }
      : undefined,
);

/**
 * The home list: the user's own assessments (not those of suppliers, which the register shows),
 * newest first, each with its business name, sector and overall band.
 */
export const selectAssessmentSummaries = createSelector(selectAllAssessments, (assessments) =>
  assessments
    .filter((assessment) => !assessment.supplier)
    .map((assessment) => {
      const set = findQuestionSet(assessment.setId, assessment.setVersion);
      const score = set ? scoreAssessment(set, assessment.answers, DEFAULT_PARAMETERS) : undefined;
      return {
        id: assessment.id,
        // A record of a questionnaire this Haven lacks (a newer Haven wrote it) stays listed, by
        // the name answer every questionnaire has had, and can be exported or deleted.
        isKnown: set !== undefined,
        name:
          (set
            ? assessment.answers[set.profile.name]
            : assessment.answers['businessName']
          )?.trim() ?? '',
        sector: set ? CONTENT(set.title) : assessment.setId,
        updatedAt: assessment.updatedAt,
        band: score?.overall.band,
        redFlagCount: score?.redFlags.length ?? 0,
        unansweredCount: score?.unanswered.length ?? 0,
        requestFrom: assessment.request?.operatorName ?? '',
      };
    })
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
);

/** The canonical text whose SHA-256 is the report's document id: all the report says. */
export const selectDocumentContent = createSelector(
  selectOpenedSet,
  selectOpenedAnswers,
  selectOpenedAssessment,
  selectOpenedPlan,
  selectOpenedScore,
  (set, answers, assessment, plan, score) =>
    set && answers && assessment && plan && score
      ? documentContent(
          set,
          answers,
          assessment.plan,
          plan.actions.map((action) => action.def.id),
          score.parameters,
        )
      : undefined,
);

/** The review imported for the open assessment, each comment beside the question and answer. */
export const selectOpenedReview = createSelector(
  selectOpenedAssessment,
  selectOpenedSet,
  (assessment, set) => {
    const review = assessment?.review;
    if (!review || !set) return undefined;
    return {
      reviewerName: review.reviewerName,
      reviewedAt: review.reviewedAt,
      status: review.status,
      statusLabel: REVIEW_STATUS_LABELS[review.status],
      note: review.note,
      comments: review.comments.map((c) => ({
        question: c.question,
        text: questionText(set, c.question, CONTENT),
        answer: answerText(set, c.question, assessment.answers[c.question], PHRASES, CONTENT),
        comment: c.comment,
        evidenceRequested: c.evidenceRequested,
      })),
    };
  },
);
