import { Assessment } from '../../../domain/assessment/assessment';
import { ACCOMMODATION } from '../../../domain/questionnaire/sets/accommodation';
import { visibleView } from '../../../domain/questionnaire/visibility';
import { scoreAssessment } from '../../../domain/scoring/score-assessment';
import {
  WELL_CONTROLLED_HOTEL,
  WORKED_EXAMPLE_HOTEL,
} from '../../../domain/testing/sample-answers';
import {
  selectAssessmentSummaries,
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
    setVersion: '1.0.0',
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
    expect(services.questions.map((q) => q.id)).not.toContain('openToPublic');
    expect(services.answeredCount).toBe(2);
  });

  it('counts progress over visible questions', () => {
    const view = visibleView(ACCOMMODATION, WELL_CONTROLLED_HOTEL);
    const progress = selectWizardProgress.projector(
      selectWizardSteps.projector(ACCOMMODATION, view),
    );
    expect(progress).toEqual({ answered: 43, total: 43, percent: 100 });
  });

  it('numbers result items worst first and explains each', () => {
    const score = scoreAssessment(ACCOMMODATION, { ...WORKED_EXAMPLE_HOTEL, hourlyIdAll: 'no' });
    const items = selectResultItems.projector(ACCOMMODATION, score);
    expect(items[0].number).toBe(1);
    expect(items[0].item.itemId).toBe('room-access');
    expect(items[0].reasons.at(-1)).toContain('Red flag: Rooms rented by the hour');
  });

  it('places each numbered item in its residual cell of the heat map', () => {
    const score = scoreAssessment(ACCOMMODATION, WORKED_EXAMPLE_HOTEL);
    const items = selectResultItems.projector(ACCOMMODATION, score);
    const rows = selectHeatMap.projector(items, score);
    const cell = rows.flat().find((c) => c.items.includes(1))!;
    expect([cell.likelihood, cell.severity]).toEqual([3, 5]);
  });

  it('joins recommended actions with what the user recorded', () => {
    const answers = { ...WELL_CONTROLLED_HOTEL, ctlPolicy: '0' };
    const entry = { owner: 'GM', due: '', status: 'done' as const, note: '' };
    const score = scoreAssessment(ACCOMMODATION, answers);
    const rows = selectPlanRows.projector(
      [
        {
          def: ACCOMMODATION.actions.find((a) => a.id === 'adopt-policy')!,
          outcomes: [],
          overallBefore: score.overall.band,
          overallAfter: 'low',
        },
      ],
      { ...assessment('a', answers, '2026-01-01T00:00:00.000Z'), plan: { 'adopt-policy': entry } },
      ACCOMMODATION,
    );
    expect(rows[0].entry).toEqual(entry);
  });
});
