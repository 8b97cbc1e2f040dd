import Papa from 'papaparse';

import { CLAUSE_STATUSES, ClauseStatus, Supplier, SupplierDraft, supplierKey } from './supplier';
import {
  CATEGORY_TITLES,
  isSupplierCategory,
  SUPPLIER_CATEGORIES,
  SupplierCategory,
} from './supplier-category';
import { MAX_UNTRUSTED_BYTES } from '../file-formats';
import { readsAsMarkup } from '../markup';

/** The columns of the register's CSV, in template order. */
export const SUPPLIER_CSV_COLUMNS = [
  'name',
  'category',
  'country',
  'locality',
  'volume',
  'clause_status',
  'contact',
];
const REQUIRED = ['name', 'category', 'country'];
export const MAX_CSV_ROWS = 10_000;

export type CsvProblem =
  | { readonly kind: 'missing-columns'; readonly columns: readonly string[] }
  | { readonly kind: 'too-many-rows'; readonly max: number }
  /** Larger than any register Haven takes (MAX_UNTRUSTED_BYTES): refused before it is parsed. */
  | { readonly kind: 'too-large' }
  /** Nothing to read, or text that cannot be read as CSV (a quote left open). */
  | { readonly kind: 'empty' };

export interface CsvRowProblem {
  /** Line in the file, counting the header as line 1. */
  readonly line: number;
  readonly reason:
    | { readonly code: 'missing'; readonly column: string }
    | { readonly code: 'unknown-category'; readonly value: string }
    | { readonly code: 'bad-volume'; readonly value: string }
    | { readonly code: 'unknown-clause-status'; readonly value: string }
    | { readonly code: 'too-long'; readonly column: string }
    | { readonly code: 'markup'; readonly column: string };
}

export interface CsvDuplicate {
  readonly line: number;
  readonly name: string;
  /** The earlier line of the same file, or null when the register already has it. */
  readonly firstLine: number | null;
}

export type CsvReadResult =
  | { readonly ok: false; readonly problem: CsvProblem }
  | {
      readonly ok: true;
      readonly rows: readonly { readonly line: number; readonly draft: SupplierDraft }[];
      readonly problems: readonly CsvRowProblem[];
      readonly duplicates: readonly CsvDuplicate[];
    };

/**
 * Reads a supplier CSV as a user edits it in a spreadsheet: header names in any order and case,
 * categories by id or by title, volumes with thousands separators, blank lines skipped. Every bad
 * row is reported with its line; rows already in the register or repeated in the file are set aside.
 */
export function readSupplierCsv(
  text: string,
  existing: readonly Pick<Supplier, 'name' | 'locality'>[],
): CsvReadResult {
  if (text.length > MAX_UNTRUSTED_BYTES) return { ok: false, problem: { kind: 'too-large' } };
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) =>
      header
        .trim()
        .toLowerCase()
        .replace(/[\s-]+/g, '_'),
  });
  const columns = parsed.meta.fields ?? [];
  const missing = REQUIRED.filter((column) => !columns.includes(column));
  if (!parsed.data.length && !columns.length) return { ok: false, problem: { kind: 'empty' } };
  if (missing.length) return { ok: false, problem: { kind: 'missing-columns', columns: missing } };
  // A quote left open, or text after a closing one, runs the rows after it into one cell: they
  // would vanish without a word. No spreadsheet writes that, so the file is refused whole.
  if (parsed.errors.some((error) => error.type === 'Quotes'))
    return { ok: false, problem: { kind: 'empty' } };
  if (parsed.data.length > MAX_CSV_ROWS)
    return { ok: false, problem: { kind: 'too-many-rows', max: MAX_CSV_ROWS } };

  const lineOf = lineNumbers(text);
  const seen = new Map(existing.map((s) => [supplierKey(s), null as number | null]));
  const rows: { line: number; draft: SupplierDraft }[] = [];
  const problems: CsvRowProblem[] = [];
  const duplicates: CsvDuplicate[] = [];
  parsed.data.forEach((record, index) => {
    const line = lineOf[index] ?? index + 2;
    const result = toDraft(record);
    if ('reason' in result) {
      problems.push({ line, reason: result.reason });
      return;
    }
    const key = supplierKey(result);
    if (seen.has(key)) {
      duplicates.push({ line, name: result.name, firstLine: seen.get(key) ?? null });
      return;
    }
    seen.set(key, line);
    rows.push({ line, draft: result });
  });
  return { ok: true, rows, problems, duplicates };
}

/**
 * A cell a spreadsheet would run as a formula (= + - @, or a tab or carriage return first): a
 * supplier named `=HYPERLINK(…)` must reach Excel as text. Papa Parse's own pattern misses a cell
 * with a line break, so the test is on the first character only.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The register as CSV, with each supplier's overall band ('' when not assessed yet). A cell that a
 * spreadsheet would run as a formula is written with a leading apostrophe (the usual way to say
 * "text"), which the import removes again.
 */
export function supplierCsvText(rows: readonly { supplier: Supplier; band: string }[]): string {
  return Papa.unparse(
    {
      fields: [...SUPPLIER_CSV_COLUMNS, 'band'],
      data: rows.map(({ supplier, band }) => [
        supplier.name,
        supplier.category,
        supplier.country,
        supplier.locality,
        supplier.volume,
        supplier.clauseStatus,
        supplier.contact,
        band,
      ]),
    },
    { escapeFormulae: FORMULA_START },
  );
}

/** A header-only CSV to fill in, with the columns the import reads. */
export function supplierCsvTemplate(): string {
  return Papa.unparse({ fields: SUPPLIER_CSV_COLUMNS, data: [] });
}

/** A cell exported with the apostrophe that kept a spreadsheet from running it, without it. */
function asWritten(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

function toDraft(
  record: Record<string, string>,
): SupplierDraft | { reason: CsvRowProblem['reason'] } {
  const value = (column: string) => asWritten((record[column] ?? '').trim()).trim();
  for (const column of REQUIRED) {
    if (!value(column)) return { reason: { code: 'missing', column } };
  }
  for (const column of SUPPLIER_CSV_COLUMNS) {
    if (value(column).length > (column === 'contact' ? 200 : 120))
      return { reason: { code: 'too-long', column } };
    // Text Haven would refuse in the request file sent to this supplier.
    if (readsAsMarkup(value(column))) return { reason: { code: 'markup', column } };
  }
  const category = categoryFrom(value('category'));
  if (!category) return { reason: { code: 'unknown-category', value: value('category') } };
  const volumeText = value('volume').replace(/[\s,’']/g, '');
  if (volumeText && !/^\d{1,9}$/.test(volumeText))
    return { reason: { code: 'bad-volume', value: value('volume') } };
  const clause = value('clause_status').toLowerCase() || 'none';
  if (!(CLAUSE_STATUSES as readonly string[]).includes(clause)) {
    return { reason: { code: 'unknown-clause-status', value: value('clause_status') } };
  }
  return {
    name: value('name'),
    category,
    country: value('country'),
    locality: value('locality'),
    volume: volumeText ? Number(volumeText) : 0,
    clauseStatus: clause as ClauseStatus,
    contact: value('contact'),
  };
}

function categoryFrom(text: string): SupplierCategory | undefined {
  const wanted = text.trim().toLowerCase();
  if (isSupplierCategory(wanted)) return wanted;
  return SUPPLIER_CATEGORIES.find((c) => CATEGORY_TITLES[c].en.toLowerCase() === wanted);
}

/**
 * The file line each data record starts on. Papa Parse gives records, not lines; a quoted field
 * may hold a line break, so lines are counted by walking the text with the same quoting rules.
 * Records with nothing but commas and spaces are skipped, as Papa Parse's 'greedy' mode does.
 */
function lineNumbers(text: string): number[] {
  const starts: number[] = [];
  let line = 1;
  let recordLine = 1;
  let inQuotes = false;
  let hasContent = false;
  let isHeader = true;
  for (let i = 0; i <= text.length; i++) {
    const char = text[i];
    if (char === '"') {
      inQuotes = !inQuotes;
      hasContent = true;
    } else if (char === undefined || (char === '\n' && !inQuotes)) {
      if (isHeader) isHeader = false;
      else if (hasContent) starts.push(recordLine);
      if (char === '\n') line++;
      recordLine = line;
      hasContent = false;
    } else if (char === '\n') {
      line++;
    } else if (char !== '\r' && char !== ',' && char.trim()) {
      hasContent = true;
    }
  }
  return starts;
}
