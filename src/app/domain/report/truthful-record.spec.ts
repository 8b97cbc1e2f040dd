import { inEnglish } from '../locale-text';
import fc from 'fast-check';

import { Assessment, EMPTY_PLAN_ENTRY } from '../assessment/assessment';
import { documentContent } from '../assessment/document-content';
import { applyEffect } from '../plan/action-plan';
import { ActionPlan, buildPlan } from '../plan/action-plan-overview';
import { itemInputs } from '../plan/item-inputs';
import { Answers } from '../questionnaire/answers';
import { QuestionSet, UNKNOWN } from '../questionnaire/question-set';
import { valuesOf } from '../questionnaire/question-set-integrity';
import { ALL_QUESTION_SETS } from '../questionnaire/sets';
import { REGISTER_CLAUSE } from '../questionnaire/sets/supplier-sets';
import { allQuestions, visibleView } from '../questionnaire/visibility';
import { AssessmentScore } from '../scoring/assessment-score';
import { bandFor } from '../scoring/risk-band';
import { scoreAssessment } from '../scoring/score-assessment';
import { portfolioRow } from '../suppliers/portfolio';
import { answersFor } from '../testing/answer-arbitraries';
import { readTagged, TAGGED_PHRASES } from '../testing/tagged-phrases';
import { answerText } from './explain-item';
import { buildReport, ReportModel } from './report-model';

// What the results page, the plan and the PDF say about one assessment must never contradict
// itself, and must state only what an answer supports. These properties run over random answer
// sets of every questionnaire Haven ships; fast-check shrinks any failure to a small example.

/** Runs per invariant and questionnaire: 13 questionnaires × this, for each invariant below. */
const RUNS = 200;

interface Analysis {
  readonly set: QuestionSet;
  readonly answers: Answers;
  readonly score: AssessmentScore;
  readonly plan: ActionPlan;
  readonly report: ReportModel;
  readonly visible: Answers;
}

function analyse(set: QuestionSet, answers: Answers): Analysis {
  const score = scoreAssessment(set, answers);
  const plan = buildPlan(set, answers, score, score.parameters);
  const report = buildReport({
    set,
    assessment: assessmentOf(set, answers),
    answers,
    score,
    plan,
    documentId: 'id',
    generatedAt: '2026-11-25T00:00:00.000Z',
    translate: inEnglish,
    phrases: TAGGED_PHRASES,
  });
  return { set, answers, score, plan, report, visible: visibleView(set, answers).answers };
}

function assessmentOf(set: QuestionSet, answers: Answers): Assessment {
  return {
    id: 'a',
    setId: set.id,
    setVersion: set.version,
    answers,
    plan: {},
    step: 0,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
  };
}

/** Throws, so fast-check sees the failure and shrinks it to a small answer set. */
function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

function holdsFor(set: QuestionSet, invariant: (a: Analysis) => void): void {
  fc.assert(
    fc.property(answersFor(set), (answers) => invariant(analyse(set, answers))),
    { numRuns: RUNS },
  );
}

describe('a truthful record', () => {
  for (const set of ALL_QUESTION_SETS) {
    describe(set.id, () => {
      it('shows for every risk a band that is the band of the number shown, in the map too', () => {
        holdsFor(set, ({ report, score }) => {
          const limits = score.parameters.bandLimits;
          for (const item of report.items) {
            const where = `risk ${item.number} ${item.title}`;
            check(
              bandFor(item.inherent.score, limits) === item.inherent.band,
              `${where}: inherent`,
            );
            check(
              bandFor(item.residual.score, limits) === item.residual.band,
              `${where}: residual`,
            );
            check(item.residual.score <= item.inherent.score, `${where}: residual above inherent`);
            if (item.hasRedFlag) check(item.residual.band === 'very-high', `${where}: flagged`);
            const cells = report.heatMap.flat().filter((c) => c.items.includes(item.number));
            check(cells.length === 1, `${where}: on the map ${cells.length} times`);
            check(cells[0].band === item.residual.band, `${where}: map cell band`);
            const last = readTagged(item.reasons.at(-1)!);
            check(last['score'] === item.residual.score, `${where}: reason's score`);
            check(
              item.hasRedFlag
                ? last.kind === 'residualRaised'
                : last['band'] === item.residual.band,
              `${where}: reason's band`,
            );
          }
        });
      });

      it('never says "no gap" while a risk is above Low or a question is open', () => {
        holdsFor(set, ({ plan, score, report }) => {
          if (plan.hasNoGap) {
            check(score.unanswered.length === 0, 'no gap with open questions');
            check(plan.actions.length === 0, 'no gap with actions');
            check(
              score.items.every((i) => i.residual.band === 'low'),
              'no gap with a risk above Low',
            );
          }
          check(report.isDraft === score.unanswered.length > 0, 'draft mark');
          check(
            report.plan.openQuestions.length === score.unanswered.length,
            'open questions listed',
          );
        });
      });

      it('has, for every red flag raised, an action in the plan that clears it', () => {
        holdsFor(set, ({ set, answers, score, plan }) => {
          for (const flag of score.redFlags) {
            const clears = plan.actions.some(({ def }) => {
              const after = scoreAssessment(set, applyEffect(set, answers, def.effect, def.scope));
              return !after.redFlags.some((f) => f.id === flag.id);
            });
            check(clears, `no action clears red flag ${flag.id}`);
          }
        });
      });

      it('works on every risk above Low, or shows it remains with every safeguard checked', () => {
        holdsFor(set, ({ score, plan }) => {
          const addressed = new Set(plan.actions.flatMap((a) => a.addresses));
          const open = new Set(score.unanswered);
          const remaining = new Set(plan.remaining.map((i) => i.itemId));
          for (const item of score.items.filter((i) => i.residual.band !== 'low')) {
            const isOpen = [...itemInputs(item, score)].some((q) => open.has(q));
            check(
              addressed.has(item.itemId) || isOpen || remaining.has(item.itemId),
              `risk ${item.itemId} has no action`,
            );
          }
          for (const item of plan.remaining) {
            check(!item.redFlags.length, `remaining ${item.itemId} has a red flag`);
            check(
              item.controls.length > 0 && item.controls.every((c) => c.rating === 3),
              `remaining ${item.itemId} has a safeguard not checked`,
            );
          }
        });
      });

      it('prints a fact only when an answer supports it', () => {
        holdsFor(set, ({ set, score, report, visible }) => {
          const hotspot = set.contextFactors.find((f) => f.isHotspot);
          const said = (id: string) => answerText(set, id, visible[id], TAGGED_PHRASES, inEnglish);
          for (const item of report.items) {
            for (const line of item.reasons.map(readTagged)) {
              if (line.kind === 'context') {
                const status = line['hotspot'];
                const value = hotspot ? visible[hotspot.question] : undefined;
                if (status === 'answered') check(value === 'yes', 'a hotspot nobody stated');
                if (status === 'unverified') check(value === UNKNOWN, 'hotspot "Don\'t know"');
                if (status === 'unanswered') check(value === undefined, 'hotspot not answered');
                const shown = set.contextFactors.filter((f) =>
                  visibleView(set, visible).questionIds.has(f.question),
                ).length;
                check(line['total'] === shown, `"of ${line['total']}" factors, ${shown} asked`);
              }
              if (line.kind === 'exposure') {
                const question = allQuestions(set).find((q) => q.text.en === line['question'])!;
                check(
                  line['answer'] === said(question.id),
                  `${question.id}: printed "${line['answer']}"`,
                );
              }
            }
          }
          const fired = score.redFlags.map((f) => f.title.en);
          check(
            JSON.stringify(report.summary.redFlags) === JSON.stringify(fired),
            'red flags printed',
          );
          const unknown = allQuestions(set)
            .filter((q) => visible[q.id] === UNKNOWN)
            .map((q) => q.text.en);
          check(
            JSON.stringify(report.summary.unverified) === JSON.stringify(unknown),
            'unverified answers printed',
          );
          for (const section of report.answers) {
            for (const row of section.rows) {
              const question = allQuestions(set).find((q) => q.text.en === row.question);
              if (!question) continue; // the register's facts, checked below
              check(row.answer === said(question.id), `appendix: ${question.id}`);
            }
          }
        });
      });

      it('changes the document id when anything the report prints changes', () => {
        fc.assert(
          fc.property(answersFor(set), fc.nat(), fc.nat(), (answers, pickQuestion, pickValue) => {
            const { score, plan, visible } = analyse(set, answers);
            const actionIds = plan.actions.map((a) => a.def.id);
            const content = (a: Answers, entries: Assessment['plan'] = {}) =>
              documentContent(set, a, entries, actionIds, score.parameters);
            const before = content(answers);

            const shown = allQuestions(set).filter((q) =>
              visibleView(set, answers).questionIds.has(q.id),
            );
            const question = shown[pickQuestion % shown.length];
            const values = question.kind === 'text' ? ['Other Inn'] : valuesOf(question);
            const others = values.filter((v) => v !== visible[question.id]);
            const changed = { ...answers, [question.id]: others[pickValue % others.length] };
            check(content(changed) !== before, `answer to ${question.id} changed, same id`);

            if (actionIds.length) {
              const id = actionIds[pickValue % actionIds.length];
              const entries = { [id]: { ...EMPTY_PLAN_ENTRY, owner: 'Front office' } };
              check(content(answers, entries) !== before, `plan entry of ${id}, same id`);
            }
            const hidden = allQuestions(set).find(
              (q) => !visibleView(set, answers).questionIds.has(q.id) && q.kind !== 'text',
            );
            if (hidden) {
              // A hidden question is not printed, so its answer leaves the id as it is.
              const moved = { ...answers, [hidden.id]: valuesOf(hidden)[0] };
              check(content(moved) === before, `hidden ${hidden.id} changed the id`);
            }
          }),
          { numRuns: RUNS },
        );
      });

      if (set.facts?.length) {
        it('gives a supplier one band, the register’s facts included, wherever it is shown', () => {
          holdsFor(set, ({ score, plan, answers }) => {
            const supplier = {
              id: 's',
              name: 'S',
              category: 'excursions' as const,
              country: 'Laos',
              locality: '',
              volume: 1,
              clauseStatus: (answers[REGISTER_CLAUSE.id] ?? 'none') as 'none',
              contact: '',
              createdAt: '',
              updatedAt: '',
            };
            const row = portfolioRow(supplier, assessmentOf(set, answers), score);
            check(row.band === score.overall.band, 'register band differs from the results page');
            if (answers[REGISTER_CLAUSE.id] === 'refused') {
              check(score.overall.band === 'very-high', 'refused clause, not Very high');
              check(
                plan.actions.some((a) => a.def.id === 'resolve-clause-refusal'),
                'refused clause, no action',
              );
            }
          });
        });
      }
    });
  }
});
