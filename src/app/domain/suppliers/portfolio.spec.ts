import { Assessment, EMPTY_PLAN_ENTRY } from '../assessment/assessment';
import { SUPPLIER_SETS } from '../questionnaire/sets/supplier-sets';
import { scoreAssessment } from '../scoring/score-assessment';
import {
  byBandThenVolume,
  matchesFilter,
  NO_FILTER,
  overdueEntries,
  portfolioRow,
  summarize,
} from './portfolio';
import { Supplier } from './supplier';

function supplier(id: string, patch: Partial<Supplier> = {}): Supplier {
  return {
    id,
    name: `Supplier ${id}`,
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

const orphanageScore = scoreAssessment(SUPPLIER_SETS.excursions, { orphanageVisits: 'yes' });
const assessment = {
  id: 'a1',
  supplier: { supplierId: 's1', answeredBy: 'operator' },
} as Assessment;

describe('portfolioRow', () => {
  it('has no band until the supplier is assessed', () => {
    expect(portfolioRow(supplier('s1'), undefined, undefined).band).toBeNull();
  });

  it('takes the band and red flags of the supplier assessment', () => {
    const row = portfolioRow(supplier('s1'), assessment, orphanageScore);
    expect(row.band).toBe('very-high');
    expect(row.hasRedFlag).toBeTrue();
    expect(row.redFlagTitles.map((title) => title.en)).toEqual([
      "Orphanage or children's home visits in activities",
    ]);
    expect(row.answeredBy).toBe('operator');
  });

  it('rates a supplier that refused the clause Very high whatever its answers (brief §8)', () => {
    const row = portfolioRow(supplier('s1', { clauseStatus: 'refused' }), undefined, undefined);
    expect(row.band).toBe('very-high');
    expect(row.isClauseRefused).toBeTrue();
  });
});

describe('portfolio order and filters', () => {
  const rows = [
    portfolioRow(supplier('small-red', { volume: 10 }), assessment, orphanageScore),
    portfolioRow(supplier('unassessed', { volume: 5000 }), undefined, undefined),
    portfolioRow(
      supplier('big-red', { volume: 900, clauseStatus: 'refused' }),
      undefined,
      undefined,
    ),
  ];

  it('sorts by band, then by volume, with unassessed suppliers last', () => {
    expect([...rows].sort(byBandThenVolume).map((r) => r.supplier.id)).toEqual([
      'big-red',
      'small-red',
      'unassessed',
    ]);
  });

  it('filters to suppliers not yet assessed', () => {
    expect(
      rows.filter((r) => matchesFilter(r, { ...NO_FILTER, band: 'not-assessed' })).length,
    ).toBe(1);
  });

  it('filters by clause status and by text in name or locality', () => {
    expect(
      rows
        .filter((r) => matchesFilter(r, { ...NO_FILTER, clauseStatus: 'refused' }))
        .map((r) => r.supplier.id),
    ).toEqual(['big-red']);
    expect(rows.filter((r) => matchesFilter(r, { ...NO_FILTER, text: 'CUSCO' })).length).toBe(3);
  });

  it('summarizes clause coverage by suppliers and by volume', () => {
    const signed = [
      portfolioRow(supplier('a', { clauseStatus: 'signed', volume: 300 }), undefined, undefined),
      portfolioRow(supplier('b', { volume: 100 }), undefined, undefined),
    ];
    expect(summarize(signed).clauseCoverage).toEqual({ bySuppliers: 0.5, byVolume: 0.75 });
  });

  it('counts suppliers and volume per band', () => {
    const summary = summarize(rows);
    expect(summary.countsByBand['very-high']).toBe(2);
    expect(summary.countsByBand['not-assessed']).toBe(1);
    expect(summary.volumeByBand['very-high']).toBe(910);
  });
});

describe('overdueEntries', () => {
  const entry = (due: string, status: 'done' | 'in-progress' = 'in-progress') => ({
    entry: { ...EMPTY_PLAN_ENTRY, due, status },
  });

  it('keeps actions past their due date that are not done, oldest first', () => {
    const entries = [
      entry('2026-11-20'),
      entry('2026-10-01'),
      entry('2026-11-30'),
      entry('2026-09-01', 'done'),
      entry(''),
    ];
    expect(overdueEntries(entries, '2026-11-23').map((e) => e.entry.due)).toEqual([
      '2026-10-01',
      '2026-11-20',
    ]);
  });
});
