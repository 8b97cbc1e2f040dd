import { SUPPLIER_SETS } from '../../../domain/questionnaire/sets/supplier-sets';
import { Assessment, EMPTY_PLAN_ENTRY } from '../../../domain/assessment/assessment';
import { Supplier } from '../../../domain/suppliers/supplier';
import { NO_FILTER } from '../../../domain/suppliers/portfolio';
import {
  FollowUp,
  selectAssessmentsBySupplier,
  selectFilteredRows,
  selectFollowUps,
  selectOverdueFollowUps,
  selectPortfolioRows,
} from './supplier.selectors';

function supplier(id: string, patch: Partial<Supplier> = {}): Supplier {
  return {
    id,
    name: id,
    category: 'excursions',
    country: 'Peru',
    locality: 'Cusco',
    volume: 100,
    clauseStatus: 'none',
    contact: '',
    createdAt: '',
    updatedAt: '',
    ...patch,
  };
}

function assessmentOf(
  supplierId: string,
  answers: Record<string, string>,
  updatedAt = '2026-11-01T00:00:00.000Z',
): Assessment {
  return {
    id: `a-${supplierId}-${updatedAt}`,
    setId: 'supplier-excursions',
    setVersion: SUPPLIER_SETS.excursions.version,
    answers,
    plan: {},
    step: 0,
    createdAt: updatedAt,
    updatedAt,
    supplier: { supplierId, answeredBy: 'supplier' },
  };
}

describe('supplier selectors', () => {
  it("keeps each supplier's most recent assessment", () => {
    const older = assessmentOf('s1', {}, '2026-01-01T00:00:00.000Z');
    const newer = assessmentOf('s1', {}, '2026-06-01T00:00:00.000Z');
    expect(selectAssessmentsBySupplier.projector([newer, older]).get('s1')).toBe(newer);
  });

  it('orders the portfolio by band, then volume', () => {
    const bySupplier = new Map([['red', assessmentOf('red', { orphanageVisits: 'yes' })]]);
    const rows = selectPortfolioRows.projector(
      [supplier('big', { volume: 9000 }), supplier('red', { volume: 1 })],
      bySupplier,
    );
    expect(rows.map((r) => [r.supplier.id, r.band])).toEqual([
      ['red', 'very-high'],
      ['big', null],
    ]);
  });

  it('does not score an unchanged assessment again', () => {
    const assessment = assessmentOf('s1', { orphanageVisits: 'no' });
    const bySupplier = new Map([['s1', assessment]]);
    const first = selectPortfolioRows.projector([supplier('s1')], bySupplier);
    const second = selectPortfolioRows.projector([supplier('s1', { volume: 5 })], bySupplier);
    expect(second[0].band).toBe(first[0].band);
    expect(second[0].supplier.volume).toBe(5);
  });

  it('applies the filter to the scored rows', () => {
    const rows = selectPortfolioRows.projector(
      [supplier('a', { country: 'Peru' }), supplier('b', { country: 'Laos' })],
      new Map(),
    );
    expect(
      selectFilteredRows
        .projector(rows, { ...NO_FILTER, country: 'laos' })
        .map((r) => r.supplier.id),
    ).toEqual(['b']);
  });

  it('lists dated follow-ups with their supplier and gap, and the overdue ones', () => {
    const assessment = {
      ...assessmentOf('s1', {}),
      plan: {
        'adopt-policy': { ...EMPTY_PLAN_ENTRY, due: '2026-10-01', owner: 'Ops' },
        'guide-conduct': { ...EMPTY_PLAN_ENTRY, due: '2027-01-01' },
        'annual-review': EMPTY_PLAN_ENTRY,
      },
    };
    const followUps = selectFollowUps.projector(
      { s1: supplier('s1', { name: 'Jungle Treks' }) },
      new Map([['s1', assessment]]),
    );
    expect(followUps.map((f) => [f.supplierName, f.gap, f.entry.due])).toEqual([
      ['Jungle Treks', 'No written policy', '2026-10-01'],
      ['Jungle Treks', 'guide-conduct', '2027-01-01'],
    ]);
    expect(
      selectOverdueFollowUps('2026-11-23')
        .projector(followUps)
        .map((f: FollowUp) => f.entry.due),
    ).toEqual(['2026-10-01']);
  });
});
