import { Assessment, PlanEntry } from '../assessment/assessment';
import { LocaleText } from '../locale-text';
import { AssessmentScore } from '../scoring/assessment-score';
import { Band, bandRank } from '../scoring/risk-band';
import { ClauseStatus, Supplier } from './supplier';
import { SupplierCategory } from './supplier-category';

/** One supplier as the portfolio shows it. */
export interface PortfolioRow {
  readonly supplier: Supplier;
  /** null until the supplier has been assessed. */
  readonly band: Band | null;
  readonly hasRedFlag: boolean;
  /** The red flags its answers raised, so a report can name them rather than just count them. */
  readonly redFlagTitles: readonly LocaleText[];
  /** The supplier refused the clause: a red flag of brief §8 on its own, whatever the answers. */
  readonly isClauseRefused: boolean;
  readonly unverifiedCount: number;
  readonly answeredBy: 'operator' | 'supplier' | null;
  readonly assessmentId: string | null;
}

/**
 * One supplier's row. `score` is its assessment scored with the register's facts, so a refused
 * clause is already among its red flags; an unassessed supplier that refused is Very high on that
 * fact alone.
 */
export function portfolioRow(
  supplier: Supplier,
  assessment: Assessment | undefined,
  score: AssessmentScore | undefined,
): PortfolioRow {
  const isClauseRefused = supplier.clauseStatus === 'refused';
  const band = score?.overall.band ?? (isClauseRefused ? 'very-high' : null);
  const flags = score?.redFlags ?? [];
  return {
    supplier,
    band,
    hasRedFlag: isClauseRefused || flags.length > 0,
    // The refusal is named on its own (the report words it), not twice.
    redFlagTitles: flags
      .filter((flag) => flag.id !== 'supplier-refused-clause')
      .map((flag) => flag.title),
    isClauseRefused,
    unverifiedCount: score?.unverified.length ?? 0,
    answeredBy: assessment?.supplier?.answeredBy ?? null,
    assessmentId: assessment?.id ?? null,
  };
}

/** Follow-up order (brief §9): worst band first, then the largest volume; not yet assessed last. */
export function byBandThenVolume(a: PortfolioRow, b: PortfolioRow): number {
  const rank = (row: PortfolioRow) => (row.band === null ? -1 : bandRank(row.band));
  return (
    rank(b) - rank(a) ||
    b.supplier.volume - a.supplier.volume ||
    a.supplier.name.localeCompare(b.supplier.name)
  );
}

export interface PortfolioFilter {
  readonly text: string;
  readonly category: SupplierCategory | '';
  readonly country: string;
  readonly band: Band | 'not-assessed' | '';
  readonly clauseStatus: ClauseStatus | '';
  readonly redFlagOnly: boolean;
  readonly unverifiedOnly: boolean;
}

export const NO_FILTER: PortfolioFilter = {
  text: '',
  category: '',
  country: '',
  band: '',
  clauseStatus: '',
  redFlagOnly: false,
  unverifiedOnly: false,
};

export function matchesFilter(row: PortfolioRow, filter: PortfolioFilter): boolean {
  const s = row.supplier;
  const text = filter.text.trim().toLowerCase();
  return (
    (!text || s.name.toLowerCase().includes(text) || s.locality.toLowerCase().includes(text)) &&
    (!filter.category || s.category === filter.category) &&
    (!filter.country || s.country.toLowerCase() === filter.country.toLowerCase()) &&
    (!filter.band ||
      (filter.band === 'not-assessed' ? row.band === null : row.band === filter.band)) &&
    (!filter.clauseStatus || s.clauseStatus === filter.clauseStatus) &&
    (!filter.redFlagOnly || row.hasRedFlag) &&
    (!filter.unverifiedOnly || row.unverifiedCount > 0)
  );
}

export interface PortfolioSummary {
  readonly supplierCount: number;
  readonly countsByBand: Readonly<Record<Band | 'not-assessed', number>>;
  /** Share of suppliers, and of volume, with the clause signed (criterion 3). */
  readonly clauseCoverage: { readonly bySuppliers: number; readonly byVolume: number };
  /** Volume per band, for the band × volume chart. */
  readonly volumeByBand: Readonly<Record<Band | 'not-assessed', number>>;
}

export function summarize(rows: readonly PortfolioRow[]): PortfolioSummary {
  const empty = { low: 0, medium: 0, high: 0, 'very-high': 0, 'not-assessed': 0 };
  const countsByBand = { ...empty };
  const volumeByBand = { ...empty };
  let signed = 0;
  let signedVolume = 0;
  let volume = 0;
  for (const row of rows) {
    const key = row.band ?? 'not-assessed';
    countsByBand[key]++;
    volumeByBand[key] += row.supplier.volume;
    volume += row.supplier.volume;
    if (row.supplier.clauseStatus === 'signed') {
      signed++;
      signedVolume += row.supplier.volume;
    }
  }
  return {
    supplierCount: rows.length,
    countsByBand,
    volumeByBand,
    clauseCoverage: {
      bySuppliers: rows.length ? signed / rows.length : 0,
      byVolume: volume ? signedVolume / volume : 0,
    },
  };
}

/** Follow-up actions past their due date and not done, oldest first. `today` is yyyy-mm-dd. */
export function overdueEntries<T extends { entry: PlanEntry }>(
  entries: readonly T[],
  today: string,
): T[] {
  return entries
    .filter(({ entry }) => entry.due !== '' && entry.due < today && entry.status !== 'done')
    .sort((a, b) => a.entry.due.localeCompare(b.entry.due));
}
