import { inEnglish } from '../locale-text';
import { SUPPLIER_SETS } from '../questionnaire/sets/supplier-sets';
import { scoreAssessment } from '../scoring/score-assessment';
import { Assessment } from '../assessment/assessment';
import { portfolioRow, summarize } from '../suppliers/portfolio';
import { Supplier } from '../suppliers/supplier';
import { buildPortfolioReport } from './portfolio-report';
import { Phrases } from './phrases';

const supplier = (id: string, patch: Partial<Supplier> = {}): Supplier => ({
  id,
  name: id,
  category: 'excursions',
  country: 'Peru',
  locality: 'Cusco',
  volume: 100,
  clauseStatus: 'signed',
  contact: '',
  createdAt: '',
  updatedAt: '',
  ...patch,
});
const phrases = { band: (b: string) => b.toUpperCase() } as unknown as Phrases;
const words = {
  notAssessed: 'not assessed',
  clause: (s: string) => `clause ${s}`,
  bySupplier: 'by supplier',
  byOperator: 'by operator',
  clauseRefused: 'refused the clause',
};

describe('buildPortfolioReport', () => {
  const rows = [
    portfolioRow(supplier('Refuser', { clauseStatus: 'refused' }), undefined, undefined),
    portfolioRow(
      supplier('Orphanage Tours'),
      { supplier: { supplierId: 'Orphanage Tours', answeredBy: 'supplier' } } as Assessment,
      scoreAssessment(SUPPLIER_SETS.excursions, { orphanageVisits: 'yes' }),
    ),
    portfolioRow(supplier('Quiet One', { clauseStatus: 'none' }), undefined, undefined),
  ];
  const model = buildPortfolioReport({
    rows,
    summary: summarize(rows),
    overdue: [
      {
        supplierName: 'Quiet One',
        gap: 'No written policy',
        entry: { due: '2026-10-01', owner: 'Ops' },
      },
    ],
    generatedAt: '2026-11-23T10:00:00.000Z',
    translate: inEnglish,
    phrases,
    words,
  });

  it('lists every supplier with its band in words and where its answers came from', () => {
    expect(model.suppliers.map((s) => [s.name, s.bandLabel, s.source])).toEqual([
      ['Refuser', 'VERY-HIGH', ''],
      ['Orphanage Tours', 'VERY-HIGH', 'by supplier'],
      ['Quiet One', 'not assessed', ''],
    ]);
  });

  it('says why each red-flagged supplier is flagged', () => {
    expect(model.redFlagged).toEqual([
      { name: 'Refuser', reason: 'refused the clause' },
      { name: 'Orphanage Tours', reason: "Orphanage or children's home visits in activities" },
    ]);
  });

  it('reports clause coverage and the overdue follow-ups', () => {
    expect(model.clauseBySuppliersPercent).toBe(33);
    expect(model.overdue).toEqual([
      { supplier: 'Quiet One', action: 'No written policy', due: '2026-10-01', owner: 'Ops' },
    ]);
  });
});
