import { Translate } from '../locale-text';
import { Band } from '../scoring/risk-band';
import { PortfolioRow, PortfolioSummary } from '../suppliers/portfolio';
import { ClauseStatus } from '../suppliers/supplier';
import { CATEGORY_TITLES } from '../suppliers/supplier-category';
import { Phrases } from './phrases';

/** The portfolio PDF's content, already derived and worded: the PDF code only draws it. */
export interface PortfolioReportModel {
  readonly generatedAt: string;
  readonly supplierCount: number;
  readonly clauseBySuppliersPercent: number;
  readonly clauseByVolumePercent: number;
  readonly bands: readonly {
    readonly band: Band | 'not-assessed';
    readonly label: string;
    readonly count: number;
    readonly volume: number;
  }[];
  readonly suppliers: readonly PortfolioReportRow[];
  readonly redFlagged: readonly { readonly name: string; readonly reason: string }[];
  readonly overdue: readonly {
    readonly supplier: string;
    readonly action: string;
    readonly due: string;
    readonly owner: string;
  }[];
}

export interface PortfolioReportRow {
  readonly name: string;
  readonly category: string;
  readonly location: string;
  readonly volume: number;
  readonly clause: string;
  readonly band: Band | null;
  readonly bandLabel: string;
  readonly hasRedFlag: boolean;
  readonly source: string;
}

export interface PortfolioReportInput {
  readonly rows: readonly PortfolioRow[];
  readonly summary: PortfolioSummary;
  readonly overdue: readonly {
    supplierName: string;
    gap: string;
    entry: { due: string; owner: string };
  }[];
  readonly generatedAt: string;
  readonly translate: Translate;
  readonly phrases: Phrases;
  readonly words: {
    readonly notAssessed: string;
    readonly clause: (status: ClauseStatus) => string;
    readonly bySupplier: string;
    readonly byOperator: string;
    readonly clauseRefused: string;
  };
}

export function buildPortfolioReport(input: PortfolioReportInput): PortfolioReportModel {
  const { rows, summary, phrases, words } = input;
  const bandLabel = (band: Band | 'not-assessed') =>
    band === 'not-assessed' ? words.notAssessed : phrases.band(band);
  return {
    generatedAt: input.generatedAt,
    supplierCount: summary.supplierCount,
    clauseBySuppliersPercent: Math.round(summary.clauseCoverage.bySuppliers * 100),
    clauseByVolumePercent: Math.round(summary.clauseCoverage.byVolume * 100),
    bands: (['very-high', 'high', 'medium', 'low', 'not-assessed'] as const).map((band) => ({
      band,
      label: bandLabel(band),
      count: summary.countsByBand[band],
      volume: summary.volumeByBand[band],
    })),
    suppliers: rows.map(({ supplier, band, hasRedFlag, answeredBy }) => ({
      name: supplier.name,
      category: input.translate(CATEGORY_TITLES[supplier.category]),
      location: [supplier.locality, supplier.country].filter(Boolean).join(', '),
      volume: supplier.volume,
      clause: words.clause(supplier.clauseStatus),
      band,
      bandLabel: bandLabel(band ?? 'not-assessed'),
      hasRedFlag,
      source:
        answeredBy === 'supplier'
          ? words.bySupplier
          : answeredBy === 'operator'
            ? words.byOperator
            : '',
    })),
    redFlagged: rows
      .filter((row) => row.hasRedFlag)
      .map((row) => ({
        name: row.supplier.name,
        reason: [
          ...(row.isClauseRefused ? [words.clauseRefused] : []),
          ...row.redFlagTitles.map(input.translate),
        ].join('; '),
      })),
    overdue: input.overdue.map((f) => ({
      supplier: f.supplierName,
      action: f.gap,
      due: f.entry.due,
      owner: f.entry.owner,
    })),
  };
}
