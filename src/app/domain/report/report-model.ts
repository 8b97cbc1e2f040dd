import { Assessment, EMPTY_PLAN_ENTRY } from '../assessment/assessment';
import { Translate } from '../locale-text';
import { RecommendedAction } from '../plan/action-plan';
import { ActionPlan } from '../plan/action-plan-overview';
import { Answers } from '../questionnaire/answers';
import { QuestionSet, UNKNOWN } from '../questionnaire/question-set';
import { ActionPriority, Criterion } from '../questionnaire/risk-model';
import { visibleQuestionsOf, visibleView } from '../questionnaire/visibility';
import { AssessmentScore } from '../scoring/assessment-score';
import { heatMap, HeatMapCell } from '../scoring/heat-map';
import { itemsByConcern } from '../scoring/item-order';
import { Band } from '../scoring/risk-band';
import { ScoringParameters } from '../scoring/scoring-parameters';
import { answerText, explainItem, itemTitle, questionText } from './explain-item';
import { Phrases } from './phrases';

/** Everything the due-diligence PDF shows, already derived and worded: the PDF only draws it. */
export interface ReportModel {
  readonly cover: {
    readonly business: string;
    readonly sector: string;
    readonly location: string;
    readonly assessedBy: string;
    /** ISO timestamp of when the report was made. */
    readonly generatedAt: string;
    readonly questionnaire: { readonly title: string; readonly version: string };
    readonly documentId: string;
  };
  /** Questions are still open: every page says the report is a draft. */
  readonly isDraft: boolean;
  readonly summary: {
    readonly band: Band;
    readonly bandLabel: string;
    readonly counts: readonly {
      readonly band: Band;
      readonly label: string;
      readonly count: number;
    }[];
    readonly redFlags: readonly string[];
    readonly unverified: readonly string[];
    readonly unansweredCount: number;
    readonly coveragePercent: number;
  };
  readonly heatMap: readonly (readonly HeatMapCell[])[];
  readonly items: readonly ReportItem[];
  readonly criteria: readonly { readonly label: string; readonly percent: number | null }[];
  readonly plan: {
    /** Questions to answer before anything else; their texts. */
    readonly openQuestions: readonly string[];
    readonly actions: readonly ReportAction[];
    /** Risks above Low that stay once safeguards do all the method allows. */
    readonly remaining: readonly {
      readonly number: number;
      readonly title: string;
      readonly label: string;
      readonly score: number;
    }[];
    readonly hasNoGap: boolean;
    readonly hasOnlyRemainingRisk: boolean;
  };
  readonly answers: readonly { readonly section: string; readonly rows: readonly ReportAnswer[] }[];
  readonly parameters: ScoringParameters;
}

export interface ReportItem {
  readonly number: number;
  readonly title: string;
  readonly inherent: { readonly score: number; readonly band: Band; readonly label: string };
  readonly residual: { readonly score: number; readonly band: Band; readonly label: string };
  readonly hasRedFlag: boolean;
  readonly reasons: readonly string[];
}

export interface ReportAction {
  readonly priority: ActionPriority;
  readonly priorityLabel: string;
  readonly criteria: string;
  readonly gap: string;
  readonly action: string;
  /** For an action about several questions: each of them, worded. */
  readonly targets: readonly string[];
  readonly outcomes: readonly string[];
  readonly owner: string;
  readonly due: string;
  readonly status: string;
  readonly note: string;
}

export interface ReportAnswer {
  readonly question: string;
  readonly answer: string;
  readonly isUnverified: boolean;
}

export interface ReportInput {
  readonly set: QuestionSet;
  readonly assessment: Assessment;
  /** The answers scored: the assessment's, with the register's facts for a supplier. */
  readonly answers: Answers;
  readonly score: AssessmentScore;
  readonly plan: ActionPlan;
  readonly documentId: string;
  readonly generatedAt: string;
  /** Words content (questions, risks, actions) in the report's language. */
  readonly translate: Translate;
  readonly phrases: Phrases;
}

export function buildReport(input: ReportInput): ReportModel {
  const { set, assessment, score, phrases } = input;
  const t = input.translate;
  const answer = (id: string) => assessment.answers[id]?.trim() ?? '';
  const items = itemsByConcern(score.items);
  const numberOf = new Map(items.map((item, index) => [item.itemId, index + 1]));
  const view = visibleView(set, input.answers);

  return {
    cover: {
      business: answer(set.profile.name),
      sector: t(set.title),
      location: [answer(set.profile.locality), answer(set.profile.country)]
        .filter(Boolean)
        .join(', '),
      assessedBy: answer(set.profile.assessedBy),
      generatedAt: input.generatedAt,
      questionnaire: { title: t(set.title), version: set.version },
      documentId: input.documentId,
    },
    isDraft: score.unanswered.length > 0,
    summary: {
      band: score.overall.band,
      bandLabel: phrases.band(score.overall.band),
      counts: (['very-high', 'high', 'medium', 'low'] as const).map((band) => ({
        band,
        label: phrases.band(band),
        count: score.overall.countsByBand[band],
      })),
      redFlags: score.redFlags.map((flag) => t(flag.title)),
      unverified: score.unverified.map((id) => questionText(set, id, t)),
      unansweredCount: score.unanswered.length,
      coveragePercent: Math.round(score.coverage.ratio * 100),
    },
    heatMap: heatMap(items, score.parameters),
    items: items.map((item, index) => ({
      number: index + 1,
      title: t(item.title),
      inherent: {
        score: item.inherent.score,
        band: item.inherent.band,
        label: phrases.band(item.inherent.band),
      },
      residual: {
        score: item.residual.score,
        band: item.residual.band,
        label: phrases.band(item.residual.band),
      },
      hasRedFlag: item.redFlags.length > 0,
      reasons: explainItem(item, score.context, set, phrases, t),
    })),
    criteria: score.coverage.byCriterion.map((c) => ({
      label: phrases.criterion(c.criterion),
      percent: c.ratio === null ? null : Math.round(c.ratio * 100),
    })),
    plan: {
      openQuestions: input.plan.openQuestions.map((id) => questionText(set, id, t)),
      actions: input.plan.actions.map((action) =>
        reportAction(action, assessment, set, phrases, t),
      ),
      remaining: input.plan.remaining.map((item) => ({
        number: numberOf.get(item.itemId) ?? 0,
        title: t(item.title),
        label: phrases.band(item.residual.band),
        score: item.residual.score,
      })),
      hasNoGap: input.plan.hasNoGap,
      hasOnlyRemainingRisk: input.plan.hasOnlyRemainingRisk,
    },
    answers: [
      ...set.sections.map((section) => ({
        section: t(section.title),
        rows: visibleQuestionsOf(section, view).map((q) => ({
          question: t(q.text),
          answer: answerText(set, q.id, view.answers[q.id], phrases, t),
          isUnverified: view.answers[q.id] === UNKNOWN,
        })),
      })),
      ...factRows(set, view.answers, phrases, t),
    ],
    parameters: score.parameters,
  };
}

function reportAction(
  { def, outcomes, targets }: RecommendedAction,
  assessment: Assessment,
  set: QuestionSet,
  phrases: Phrases,
  t: Translate,
): ReportAction {
  const entry = assessment.plan[def.id] ?? EMPTY_PLAN_ENTRY;
  return {
    priority: def.priority,
    priorityLabel: phrases.priority(def.priority),
    criteria: def.criteria.map((c: Criterion) => phrases.criterion(c)).join(', '),
    gap: t(def.gap),
    action: t(def.action),
    targets: targets.map((id) => targetText(set, id, t)),
    outcomes: outcomes.map((o) => phrases.outcome(itemTitle(set, o.itemId, t), o.before, o.after)),
    owner: entry.owner,
    due: entry.due,
    status: phrases.planStatus(entry.status),
    note: entry.note,
  };
}

/** A safeguard by its short title, any other question by its text. */
export function targetText(set: QuestionSet, id: string, t: Translate): string {
  const control = set.controls.find((c) => c.question === id);
  return control ? t(control.title) : questionText(set, id, t);
}

/** What the supplier register says, when it was part of the scoring, as one more section. */
function factRows(set: QuestionSet, visible: Answers, phrases: Phrases, t: Translate) {
  const rows = (set.facts ?? [])
    .filter((fact) => visible[fact.id] !== undefined)
    .map((fact) => ({
      question: t(fact.title),
      answer: answerText(set, fact.id, visible[fact.id], phrases, t),
      isUnverified: false,
    }));
  return rows.length ? [{ section: phrases.factsSection(), rows }] : [];
}
