import { Assessment } from '../../../domain/assessment/assessment';
import { buildPlan } from '../../../domain/plan/action-plan-overview';
import { ACCOMMODATION } from '../../../domain/questionnaire/sets/accommodation';
import { visibleView } from '../../../domain/questionnaire/visibility';
import { scoreAssessment } from '../../../domain/scoring/score-assessment';
import {
  WELL_CONTROLLED_HOTEL,
  WORKED_EXAMPLE_HOTEL,
} from '../../../domain/testing/sample-answers';
import { SUPPLIER_SETS } from '../../../domain/questionnaire/sets/supplier-sets';
import { portfolioRow } from '../../../domain/suppliers/portfolio';
import {
  selectAssessmentSummaries,
  selectOpenedAnswers,
  selectHeatMap,
  selectPlanRows,
  selectResultItems,
  selectWizardProgress,
  selectWizardSteps,
} from './assessment.selectors';

function assessment(id: string, answers: Record<string, string>, updatedAt: string): Assessment {
  return {
    id,
    setId: 'accommodation',
    setVersion: ACCOMMODATION.version,
    answers,
    plan: {},
    step: 0,
    createdAt: updatedAt,
    updatedAt,
  };
}

describe('assessment selectors', () => {
  it('lists assessments newest first with their name, sector and band', () => {
    const rows = selectAssessmentSummaries.projector([
      assessment('old', WELL_CONTROLLED_HOTEL, '2026-01-01T00:00:00.000Z'),
      assessment(
        'new',
        { ...WORKED_EXAMPLE_HOTEL, businessName: 'Inn', hourlyIdAll: 'no' },
        '2026-06-01T00:00:00.000Z',
      ),
    ]);
    expect(rows.map((r) => [r.id, r.name, r.sector, r.band, r.redFlagCount])).toEqual([
      ['new', 'Inn', 'Accommodation', 'very-high', 1],
      ['old', 'Harbour View Hotel', 'Accommodation', 'low', 0],
    ]);
  });

  it('keeps listing a record of a questionnaire this Haven lacks, by its name, as not openable', () => {
    const future = {
      ...assessment('future', { businessName: 'Sky Lodge' }, '2026-06-01T00:00:00.000Z'),
      setId: 'glamping',
      setVersion: '9.0.0',
    };
    const [row] = selectAssessmentSummaries.projector([future]);
    expect([row.id, row.name, row.sector, row.isKnown, row.band]).toEqual([
      'future',
      'Sky Lodge',
      'glamping',
      false,
      undefined,
    ]);
  });

  it('leaves supplier assessments out of the home list', () => {
    const own = assessment('own', WELL_CONTROLLED_HOTEL, '2026-01-01T00:00:00.000Z');
    const ofSupplier = {
      ...assessment('sup', {}, '2026-02-01T00:00:00.000Z'),
      supplier: { supplierId: 's1', answeredBy: 'operator' as const },
    };
    expect(selectAssessmentSummaries.projector([own, ofSupplier]).map((r) => r.id)).toEqual([
      'own',
    ]);
  });

  it('shows an assessment from an unknown questionnaire without a band rather than failing', () => {
    const [row] = selectAssessmentSummaries.projector([
      { ...assessment('x', {}, '2026-01-01T00:00:00.000Z'), setVersion: '9.9.9' },
    ]);
    expect(row.band).toBeUndefined();
  });

  it('gives each wizard step only the questions that show, with how many are answered', () => {
    const steps = selectWizardSteps.projector(
      ACCOMMODATION,
      visibleView(ACCOMMODATION, { hasBar: 'no', hasSpa: 'no' }),
    );
    const services = steps.find((s) => s.section.id === 'services')!;
    expect(services.questions.map((q) => q.id)).not.toContain('entertainmentStaff');
    expect(services.answeredCount).toBe(2);
  });

  it('counts progress over visible questions', () => {
    const view = visibleView(ACCOMMODATION, WELL_CONTROLLED_HOTEL);
    const progress = selectWizardProgress.projector(
      selectWizardSteps.projector(ACCOMMODATION, view),
    );
    expect(progress).toEqual({ answered: 45, total: 45, percent: 100 });
  });

  it('numbers result items worst first and explains each', () => {
    const score = scoreAssessment(ACCOMMODATION, { ...WORKED_EXAMPLE_HOTEL, hourlyIdAll: 'no' });
    const items = selectResultItems.projector(ACCOMMODATION, score);
    expect(items[0].number).toBe(1);
    expect(items[0].item.itemId).toBe('room-access');
    expect(items[0].reasons.at(-1)).toContain(
      'raised to Very high by red flag: Rooms rented by the hour',
    );
  });

  it('places each numbered item in its residual cell of the heat map', () => {
    const score = scoreAssessment(ACCOMMODATION, WORKED_EXAMPLE_HOTEL);
    const items = selectResultItems.projector(ACCOMMODATION, score);
    const rows = selectHeatMap.projector(items, score);
    const cell = rows.flat().find((c) => c.items.includes(1))!;
    expect([cell.likelihood, cell.severity]).toEqual([3, 5]);
    expect(cell.band).toBe(items[0].item.residual.band);
  });

  it("scores a supplier's assessment with its register entry, as the register does", () => {
    const set = SUPPLIER_SETS.excursions;
    const supplierAssessment: Assessment = {
      ...assessment('s', { orphanageVisits: 'no' }, '2026-01-01T00:00:00.000Z'),
      setId: set.id,
      supplier: { supplierId: 'sup', answeredBy: 'operator' },
    };
    const supplier = {
      id: 'sup',
      name: 'Jungle Treks',
      category: 'excursions' as const,
      country: 'Laos',
      locality: '',
      volume: 10,
      clauseStatus: 'refused' as const,
      contact: '',
      createdAt: '',
      updatedAt: '',
    };
    const answers = selectOpenedAnswers.projector(supplierAssessment, supplier)!;
    expect(answers['registerClause']).toBe('refused');
    const score = scoreAssessment(set, answers);
    expect(score.overall.band).toBe('very-high');
    const plan = buildPlan(set, answers, score, score.parameters);
    expect(plan.actions.map((a) => a.def.id)).toContain('resolve-clause-refusal');
    expect(portfolioRow(supplier, supplierAssessment, score).band).toBe('very-high');
  });

  it('joins recommended actions with what the user recorded', () => {
    const answers = { ...WELL_CONTROLLED_HOTEL, ctlPolicy: '0' };
    const entry = { owner: 'GM', due: '', status: 'done' as const, note: '' };
    const score = scoreAssessment(ACCOMMODATION, answers);
    const plan = buildPlan(ACCOMMODATION, answers, score, score.parameters);
    const rows = selectPlanRows.projector(
      plan,
      { ...assessment('a', answers, '2026-01-01T00:00:00.000Z'), plan: { 'adopt-policy': entry } },
      ACCOMMODATION,
    );
    expect(rows.map((row) => row.action.def.id)).toEqual(['adopt-policy']);
    expect(rows[0].entry).toEqual(entry);
  });
});
