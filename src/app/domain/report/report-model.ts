import { Assessment, EMPTY_PLAN_ENTRY } from '../assessment/assessment';
import { LocaleText, textIn } from '../locale-text';
import { RecommendedAction } from '../plan/action-plan';
import { QuestionSet } from '../questionnaire/question-set';
import { ActionPriority, Criterion } from '../questionnaire/risk-model';
import { visibleQuestionsOf, visibleView } from '../questionnaire/visibility';
import { AssessmentScore } from '../scoring/assessment-score';
import { heatMap, HeatMapCell } from '../scoring/heat-map';
import { itemsByConcern } from '../scoring/item-order';
import { Band } from '../scoring/risk-band';
import { ScoringParameters } from '../scoring/scoring-parameters';
import { answerText, explainItem, questionText } from './explain-item';
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
    readonly questionnaire: string;
    readonly documentId: string;
  };
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
  readonly actions: readonly ReportAction[];
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
  readonly score: AssessmentScore;
  readonly actions: readonly RecommendedAction[];
  readonly documentId: string;
  readonly generatedAt: string;
  readonly locale: string;
  readonly phrases: Phrases;
}

export function buildReport(input: ReportInput): ReportModel {
  const { set, assessment, score, phrases, locale } = input;
  const t = (text: LocaleText) => textIn(text, locale);
  const answer = (id: string) => assessment.answers[id]?.trim() ?? '';
  const items = itemsByConcern(score.items);
  const itemTitle = (id: string) => t(set.riskItems.find((i) => i.id === id)?.title ?? { en: id });
  const view = visibleView(set, assessment.answers);

  return {
    cover: {
      business: answer(set.profile.name),
      sector: t(set.title),
      location: [answer(set.profile.locality), answer(set.profile.country)]
        .filter(Boolean)
        .join(', '),
      assessedBy: answer(set.profile.assessedBy),
      generatedAt: input.generatedAt,
      questionnaire: `${set.id} ${set.version}`,
      documentId: input.documentId,
    },
    summary: {
      band: score.overall.band,
      bandLabel: phrases.band(score.overall.band),
      counts: (['very-high', 'high', 'medium', 'low'] as const).map((band) => ({
        band,
        label: phrases.band(band),
        count: score.overall.countsByBand[band],
      })),
      redFlags: score.redFlags.map((flag) => t(flag.title)),
      unverified: score.unverified.map((id) => questionText(set, id, locale)),
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
      reasons: explainItem(item, score.context, set, phrases, locale),
    })),
    criteria: score.coverage.byCriterion.map((c) => ({
      label: phrases.criterion(c.criterion),
      percent: c.ratio === null ? null : Math.round(c.ratio * 100),
    })),
    actions: input.actions.map(({ def, outcomes }) => {
      const entry = assessment.plan[def.id] ?? EMPTY_PLAN_ENTRY;
      return {
        priority: def.priority,
        priorityLabel: phrases.priority(def.priority),
        criteria: def.criteria.map((c: Criterion) => phrases.criterion(c)).join(', '),
        gap: t(def.gap),
        action: t(def.action),
        outcomes: outcomes.map((o) => phrases.outcome(itemTitle(o.itemId), o.before, o.after)),
        owner: entry.owner,
        due: entry.due,
        status: phrases.planStatus(entry.status),
        note: entry.note,
      };
    }),
    answers: set.sections.map((section) => ({
      section: t(section.title),
      rows: visibleQuestionsOf(section, view).map((q) => ({
        question: t(q.text),
        answer: answerText(set, q.id, view.answers[q.id], phrases, locale),
        isUnverified: view.answers[q.id] === 'unknown',
      })),
    })),
    parameters: score.parameters,
  };
}
