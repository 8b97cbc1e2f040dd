import { createSelector } from '@ngrx/store';

import { QuestionSet } from '../../../domain/questionnaire/question-set';
import { visibleQuestionsOf, visibleView } from '../../../domain/questionnaire/visibility';
import { answerText, questionText } from '../../../domain/report/explain-item';
import { ReviewLetterInput } from '../../../domain/report/review-letter';
import { answerEffects } from '../../../domain/review/answer-effects';
import { openSubmission } from '../../../domain/review/submission';
import { AnswerReview, ReceivedSubmission } from '../../../domain/review/review';
import {
  byUrgency,
  matchesQueueFilter,
  previousSubmission,
} from '../../../domain/review/review-queue';
import { compareYears } from '../../../domain/review/year-over-year';
import { Band } from '../../../domain/scoring/risk-band';
import { scoreAssessment } from '../../../domain/scoring/score-assessment';
import { PHRASES } from '../../../shared/i18n/phrases';
import { REVIEW_STATUS_LABELS } from '../../../shared/i18n/review-status-labels';
import { effectSentence, mismatchSentence } from './review-phrases';
import { reviewFeature } from './review.feature';
import { CONTENT } from '../../../shared/i18n/content';

const { selectAllReceived, selectFilter, selectOpenedReceived } = reviewFeature;
const t = CONTENT;

function setOf(r: ReceivedSubmission): QuestionSet | undefined {
  return openSubmission(r.submission)?.set;
}

/** The queue as the reviewer works it: filtered, most urgent first (red flags, band, unverified). */
export const selectQueue = createSelector(selectAllReceived, selectFilter, (all, filter) =>
  all
    .filter((r) => matchesQueueFilter(r, filter))
    .sort(byUrgency)
    .map((r) => ({
      id: r.id,
      name: r.submission.profile.name,
      place: [r.submission.profile.locality, r.submission.profile.country]
        .filter(Boolean)
        .join(', '),
      sector: sectorTitle(r),
      submittedAt: r.submission.submittedAt,
      band: r.recomputed.overallBand,
      redFlagCount: r.recomputed.redFlags.length,
      unverifiedCount: r.recomputed.unverified.length,
      isFlagged: r.mismatches.length > 0,
      status: r.review.status,
    })),
);

export const selectQueueCount = createSelector(selectAllReceived, (all) => all.length);

/** The choices of the country and sector filters: what the received submissions have. */
export const selectQueueFacets = createSelector(selectAllReceived, (all) => ({
  countries: [...new Set(all.map((r) => r.submission.profile.country).filter(Boolean))].sort(),
  sectors: [...new Map(all.map((r) => [r.submission.questionnaire.id, sectorTitle(r)])).entries()]
    .map(([id, title]) => ({ id, title }))
    .sort((a, b) => a.title.localeCompare(b.title)),
}));

function sectorTitle(r: ReceivedSubmission): string {
  const set = setOf(r);
  return set ? t(set.title) : r.submission.questionnaire.id;
}

// The opened submission's package and Haven's result never change while it is reviewed: the
// selectors below read them, not the whole entity, so a remark typed does not score it again.
const selectOpenedSubmission = createSelector(selectOpenedReceived, (r) => r?.submission);
const selectOpenedRecomputed = createSelector(selectOpenedReceived, (r) => r?.recomputed);
const selectOpenedMismatches = createSelector(selectOpenedReceived, (r) => r?.mismatches);

/** The opened submission scored with Haven's engine, and each answer with what it drove. */
export const selectOpenedAnalysis = createSelector(selectOpenedSubmission, (submission) => {
  const opened = submission && openSubmission(submission);
  if (!submission || !opened) return undefined;
  const { set, answers } = opened;
  const score = scoreAssessment(set, answers);
  const effects = answerEffects(score);
  const view = visibleView(set, answers);
  return {
    set,
    sector: t(set.title),
    band: score.overall.band,
    redFlags: score.redFlags.map((flag) => t(flag.title)),
    unverifiedCount: score.unverified.length,
    sections: set.sections
      .map((section) => ({
        id: section.id,
        title: t(section.title),
        answers: visibleQuestionsOf(section, view).map((question) => ({
          id: question.id,
          question: t(question.text),
          answer: answerText(set, question.id, answers[question.id], PHRASES, CONTENT),
          isUnverified: score.unverified.includes(question.id),
          effects: (effects.get(question.id) ?? []).map(effectSentence),
        })),
      }))
      .filter((section) => section.answers.length),
    actions: Object.entries(submission.plan).map(([id, entry]) => ({
      title: t(set.actions.find((a) => a.id === id)?.action ?? { en: id }),
      ...entry,
      statusLabel: PHRASES.planStatus(entry.status),
    })),
  };
});

const selectMismatchSentences = createSelector(
  selectOpenedAnalysis,
  selectOpenedMismatches,
  (analysis, mismatches) => {
    if (!analysis || !mismatches) return [];
    const itemTitle = (id: string) => {
      const item = analysis.set.riskItems.find((i) => i.id === id);
      return item ? t(item.title) : id;
    };
    return mismatches.map((m) => mismatchSentence(m, itemTitle));
  },
);

/** The review detail page: the analysis, with the reviewer's remark beside each answer. */
export const selectReviewDetail = createSelector(
  selectOpenedReceived,
  selectOpenedAnalysis,
  selectMismatchSentences,
  (received, analysis, mismatches) =>
    received &&
    analysis && {
      ...analysis,
      received,
      mismatches,
      sections: analysis.sections.map((section) => ({
        ...section,
        answers: section.answers.map((a) => ({
          ...a,
          review: received.review.comments[a.id] as AnswerReview | undefined,
        })),
      })),
    },
);

/** The same business's latest earlier submission, if the reviewer holds one. */
const selectEarlierSubmission = createSelector(
  selectOpenedReceived,
  selectAllReceived,
  (received, all) => (received ? previousSubmission(received, all) : undefined),
);

/** What changed since the same business's earlier submission, if the reviewer holds one. */
export const selectYearOverYear = createSelector(
  selectOpenedSubmission,
  selectOpenedRecomputed,
  selectEarlierSubmission,
  (submission, recomputed, earlier) => {
    const later = submission && openSubmission(submission);
    if (!later || !recomputed || !earlier) return null;
    const set = later.set;
    const before = openSubmission(earlier.submission);
    const earlierSet = before?.set ?? set;
    // Both years read with the current questions, so a changed question is not a changed answer.
    const diff = compareYears(
      {
        ...earlier.submission,
        answers: before?.answers ?? earlier.submission.answers,
        result: earlier.recomputed,
      },
      { ...submission, answers: later.answers, result: recomputed },
    );
    const band = (b: Band | null) => (b ? PHRASES.band(b) : '—');
    const answer = (s: QuestionSet, id: string, value: string | null) =>
      value === null ? '—' : answerText(s, id, value, PHRASES, CONTENT);
    return {
      earlierId: earlier.id,
      earlierAt: diff.earlierAt,
      overall: { before: diff.overall.before, after: diff.overall.after },
      answers: diff.answers.map((change) => ({
        question: questionText(set, change.question, CONTENT),
        before: answer(earlierSet, change.question, change.before),
        after: answer(set, change.question, change.after),
      })),
      items: diff.items.map((change) => ({
        title: t(
          (
            set.riskItems.find((i) => i.id === change.item) ??
            earlierSet.riskItems.find((i) => i.id === change.item)
          )?.title ?? { en: change.item },
        ),
        before: band(change.before),
        after: band(change.after),
      })),
      actionsDone: diff.actionsDone.map((id) =>
        t(set.actions.find((a) => a.id === id)?.action ?? { en: id }),
      ),
    };
  },
);

/** What the review letter needs, worded; the reviewer's name and the date are added on export. */
export const selectReviewLetterInput = createSelector(
  selectReviewDetail,
  (d): ReviewLetterInput | undefined =>
    d && {
      profile: d.received.submission.profile,
      sector: d.sector,
      submittedAt: d.received.submission.submittedAt,
      submissionId: d.received.id,
      digest: d.received.digest,
      decision: REVIEW_STATUS_LABELS[d.received.review.status],
      note: d.received.review.note,
      band: d.band,
      redFlags: d.redFlags,
      mismatches: d.mismatches,
      answers: d.sections.flatMap((s) => s.answers),
    },
);
