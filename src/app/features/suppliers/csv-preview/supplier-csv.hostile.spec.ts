import fc from 'fast-check';
import Papa from 'papaparse';

import assessmentFile from '../../../domain/fixtures/assessment-v1.haven.json' with {
  loader: 'text',
};
import requestFile from '../../../domain/fixtures/request-v1.json' with { loader: 'text' };
import suppliersTemplate from '../../../domain/fixtures/suppliers-template-v1.csv' with {
  loader: 'text',
};
import suppliersQ1 from '../../../domain/fixtures/suppliers-v1-q1.0.0.csv' with { loader: 'text' };
import suppliersCsv from '../../../domain/fixtures/suppliers-v1.csv' with { loader: 'text' };
import { CLAUSE_STATUSES, SupplierDraft } from '../../../domain/suppliers/supplier';
import { CATEGORY_TITLES, SUPPLIER_CATEGORIES } from '../../../domain/suppliers/supplier-category';
import {
  CsvReadResult,
  MAX_CSV_ROWS,
  readSupplierCsv,
  SUPPLIER_CSV_COLUMNS,
  supplierCsvText,
} from '../../../domain/suppliers/supplier-csv';
import {
  fixtureText,
  garbageBytes,
  MARKUP,
  markupIn,
  messageFaults,
  millisecondsFor,
  prototypeState,
  readAsUtf8,
  utf16,
} from '../../../domain/testing/hostile-files';
import { csvProblemText, csvRowProblemText } from './csv-problem-text';

/**
 * What a case must come to: the file refused for a reason (`empty` also stands for "could not be
 * read"), read with no row set aside, read with its first bad row set aside for a reason, or read
 * in any way.
 */
type CsvExpected =
  | 'empty'
  | 'missing-columns'
  | 'too-many-rows'
  | 'too-large'
  | 'clean'
  | 'read'
  | `row:${'missing' | 'unknown-category' | 'bad-volume' | 'unknown-clause-status' | 'too-long' | 'markup'}`;

interface CsvCase {
  readonly name: string;
  readonly text: string;
  readonly expected?: CsvExpected;
}

const HEADER = SUPPLIER_CSV_COLUMNS.join(',');
const GOOD_ROW = [
  'Sea Breeze Hotel',
  'accommodation',
  'Thailand',
  'Phuket',
  '1200',
  'signed',
  'Front desk',
];
const FORMULAS = [
  '=HYPERLINK("http://x","y")',
  "+cmd|' /C calc'!A0",
  '@SUM(A1)',
  '-2+3',
  '=1+1',
  '\t=1+1',
];
const STARTS_A_FORMULA = /^[=+\-@\t\r]/;

/** One CSV line, with each cell quoted the way a spreadsheet quotes it. */
function line(cells: readonly string[], delimiter = ','): string {
  return Papa.unparse([cells as string[]], { delimiter, quotes: false });
}

function csv(rows: readonly (readonly string[])[], header = HEADER): string {
  return [header, ...rows.map((cells) => line(cells))].join('\r\n');
}

function rowWith(column: string, value: string): string[] {
  const cells = [...GOOD_ROW];
  cells[SUPPLIER_CSV_COLUMNS.indexOf(column)] = value;
  return cells;
}

/**
 * Why a result would not do: a refusal without a message a user can read; a row read with markup,
 * a text too long, or a value the register cannot hold; a row problem worded with a code or a
 * line outside the file; or a supplier whose export a spreadsheet would run as a formula.
 */
function resultFaults(text: string, result: CsvReadResult): string[] {
  if (!result.ok) return messageFaults(csvProblemText('suppliers.csv', result.problem));
  const lines = text.split(/\r\n|\r|\n/).length;
  const faults: string[] = [];
  for (const { line, draft } of result.rows) {
    faults.push(...markupIn(draft).map((where) => `line ${line}: markup at ${where}`));
    faults.push(...draftFaults(draft).map((fault) => `line ${line}: ${fault}`));
  }
  for (const { line, reason } of result.problems) {
    const message = csvRowProblemText(reason);
    faults.push(...messageFaults(message).filter((fault) => !fault.startsWith('not a sentence')));
    if (line < 2 || line > lines) faults.push(`a problem on line ${line} of ${lines}`);
  }
  faults.push(...formulaFaults(result.rows.map((row) => row.draft)));
  return faults;
}

function draftFaults(draft: SupplierDraft): string[] {
  const faults: string[] = [];
  if (!draft.name || !draft.country) faults.push('a row without a name or country');
  if (!SUPPLIER_CATEGORIES.includes(draft.category)) faults.push(`category ${draft.category}`);
  if (!CLAUSE_STATUSES.includes(draft.clauseStatus)) faults.push(`clause ${draft.clauseStatus}`);
  if (!Number.isInteger(draft.volume) || draft.volume < 0 || draft.volume > 999_999_999)
    faults.push(`volume ${draft.volume}`);
  for (const [field, max] of [
    ['name', 120],
    ['country', 120],
    ['locality', 120],
    ['contact', 200],
  ] as const) {
    if (draft[field].length > max) faults.push(`${field} of ${draft[field].length} characters`);
  }
  return faults;
}

/** Cells of the register's export that a spreadsheet would run as a formula. */
function formulaFaults(drafts: readonly SupplierDraft[]): string[] {
  const exported = supplierCsvText(
    drafts.map((draft, i) => ({
      supplier: { ...draft, id: `s${i}`, createdAt: '', updatedAt: '' },
      band: '',
    })),
  );
  const cells = Papa.parse<string[]>(exported).data.flat();
  return cells
    .filter((cell) => STARTS_A_FORMULA.test(cell))
    .map((cell) => `exported as a formula: ${cell.slice(0, 40)}`);
}

function outcomeOf(result: CsvReadResult): string {
  if (!result.ok) return result.problem.kind;
  if (result.problems.length) return `row:${result.problems[0].reason.code}`;
  return result.duplicates.length ? 'read' : 'clean';
}

function caseFaults(hostile: CsvCase): string[] {
  let result: CsvReadResult;
  try {
    result = readSupplierCsv(hostile.text, []);
  } catch (error) {
    return [`threw ${String(error).slice(0, 200)}`];
  }
  const faults = resultFaults(hostile.text, result);
  const { expected } = hostile;
  const got = outcomeOf(result);
  const isRead = result.ok && expected === 'read';
  if (expected && !isRead && got !== expected) faults.push(`expected ${expected}, got ${got}`);
  return faults;
}

function hostileCsvCases(): CsvCase[] {
  const cases: CsvCase[] = [];
  const add = (name: string, text: string, expected?: CsvExpected) =>
    cases.push({ name, text, expected });

  add('the register as exported', suppliersCsv, 'clean');
  add('the register as exported before formula cells were escaped', suppliersQ1, 'clean');
  add('the template', suppliersTemplate, 'clean');
  add('after a byte-order mark', '\uFEFF' + csv([GOOD_ROW]), 'clean');
  add('with lines ending in LF', csv([GOOD_ROW]).replace(/\r\n/g, '\n'), 'clean');
  add(
    'with blank lines and lines of commas',
    `${HEADER}\n\n,,,\n${line(GOOD_ROW)}\n ,, \n`,
    'clean',
  );
  add(
    'with headers in any case and order',
    csv(
      [[...GOOD_ROW].reverse()],
      [...SUPPLIER_CSV_COLUMNS]
        .reverse()
        .map((c) => ` ${c.toUpperCase().replace('_', ' ')} `)
        .join(','),
    ),
    'clean',
  );

  // Formula cells in every column: read as the text they are, never run by a spreadsheet when
  // the register is exported again; where a column holds no text, set aside for what it is.
  const asFormula: Record<string, CsvExpected> = {
    category: 'row:unknown-category',
    volume: 'row:bad-volume',
    clause_status: 'row:unknown-clause-status',
  };
  for (const formula of FORMULAS) {
    for (const column of SUPPLIER_CSV_COLUMNS) {
      add(`${formula} as ${column}`, csv([rowWith(column, formula)]), asFormula[column] ?? 'clean');
    }
    for (const column of ['name', 'locality', 'contact']) {
      add(
        `${formula} as ${column}, as the export escapes it`,
        csv([rowWith(column, `'${formula}`)]),
        'clean',
      );
    }
  }

  // What a spreadsheet user types for categories, clause statuses and volumes.
  for (const category of SUPPLIER_CATEGORIES) {
    add(`category ${category}`, csv([rowWith('category', category)]), 'clean');
    add(
      `category ${category} in capitals`,
      csv([rowWith('category', ` ${category.toUpperCase()} `)]),
      'clean',
    );
    const title = CATEGORY_TITLES[category].en;
    add(`category "${title}"`, csv([rowWith('category', title.toLowerCase())]), 'clean');
  }
  for (const clause of ['signed', ' SENT ', 'Refused', 'none', '']) {
    add(`clause status "${clause}"`, csv([rowWith('clause_status', clause)]), 'clean');
  }
  for (const clause of ['yes', 'signed?', 'pending']) {
    add(
      `clause status "${clause}"`,
      csv([rowWith('clause_status', clause)]),
      'row:unknown-clause-status',
    );
  }
  for (const volume of ['0', '', '1 200', '1,200', '1’200', "1'200", '999999999']) {
    add(`volume "${volume}"`, csv([rowWith('volume', volume)]), 'clean');
  }
  for (const volume of ['1.5', '-3', '1e6', 'ten', '9999999999', 'Infinity', 'NaN']) {
    add(`volume "${volume}"`, csv([rowWith('volume', volume)]), 'row:bad-volume');
  }

  // Typed into a text editor without quotes, the formula's quotes break the row: refused whole.
  add(
    '=HYPERLINK unquoted',
    `${HEADER}\n=HYPERLINK("http://x","y"),accommodation,Kenya\n${line(GOOD_ROW)}`,
    'empty',
  );

  // Another delimiter: read as the spreadsheet meant it.
  for (const [name, delimiter] of [
    ['semicolons', ';'],
    ['tabs', '\t'],
    ['pipes', '|'],
  ]) {
    const rows = [GOOD_ROW, rowWith('name', 'Café, Bar & Grill'), rowWith('locality', 'Patong')];
    add(
      `separated by ${name}`,
      [SUPPLIER_CSV_COLUMNS.join(delimiter), ...rows.map((r) => line(r, delimiter))].join('\r\n'),
      'clean',
    );
  }

  // A header from another program.
  add('a bank statement', 'Date,Description,Amount\n2026-01-01,Coffee,3.50', 'missing-columns');
  add(
    'a contacts export',
    'First Name,Last Name,E-mail Address,Business Phone\nAna,Ruiz,ana@example.com,+34',
    'missing-columns',
  );
  add('Excel’s sep= line first', `sep=,\n${csv([GOOD_ROW])}`, 'missing-columns');
  add('no header, data first', line(GOOD_ROW), 'missing-columns');
  add('a header only half there', 'name,locality\nSea Breeze,Phuket', 'missing-columns');
  add('an assessment file', fixtureText(assessmentFile), 'missing-columns');
  add('a request file', fixtureText(requestFile), 'missing-columns');
  add('HTML', '<html><body><table><tr><td>name</td></tr></table></body></html>', 'missing-columns');

  // Size.
  const rows = (count: number) =>
    csv(Array.from({ length: count }, (_, i) => rowWith('name', `Hotel ${i}`)));
  add(`${MAX_CSV_ROWS} rows`, rows(MAX_CSV_ROWS), 'clean');
  add(`${MAX_CSV_ROWS + 1} rows`, rows(MAX_CSV_ROWS + 1), 'too-many-rows');
  add('20,000 rows', rows(20_000), 'too-many-rows');
  // Over 5 MB: refused by its size before Papa Parse reads it.
  add('100,000 rows', rows(100_000), 'too-large');

  // Quotes left open, or text after a closing quote: refused whole, no row lost unseen.
  add(
    'a quote left open in a name',
    `${HEADER}\n"Sea Breeze Hotel,accommodation,Thailand\n${line(GOOD_ROW)}`,
    'empty',
  );
  add('a quote left open in the last cell', `${HEADER}\n${line(GOOD_ROW)},"Front desk`, 'empty');
  add(
    'text after a closing quote',
    `${HEADER}\n"Sea Breeze" Hotel,accommodation,Thailand\n${line(GOOD_ROW)}`,
    'empty',
  );
  add(
    'a quote left open in the header',
    `"name,category,country\n${line(GOOD_ROW)}`,
    'missing-columns',
  );
  add('a quote inside a cell', `${HEADER}\nSea "Breeze" Hotel,accommodation,Thailand`, 'clean');

  // Half edited: cells missing, cells extra, rows cut short.
  add('a row of two cells', csv([GOOD_ROW.slice(0, 2)]), 'row:missing');
  add('a row without its category', csv([rowWith('category', '')]), 'row:missing');
  add('a row without its country', csv([rowWith('country', '  ')]), 'row:missing');
  add('a row with extra cells', `${HEADER}\n${line([...GOOD_ROW, 'extra', '=1+1'])}`, 'clean');
  add(
    'good and bad rows',
    csv([GOOD_ROW, rowWith('name', ''), rowWith('name', 'Second'), ['x']]),
    'row:missing',
  );
  add('the same supplier twice', csv([GOOD_ROW, GOOD_ROW]), 'read');
  add('a cut-off last line', csv([GOOD_ROW]) + '\r\nHalf Hotel,accommo', 'row:missing');

  // Markup and over-long text in every column.
  for (const column of SUPPLIER_CSV_COLUMNS) {
    for (const markup of MARKUP)
      add(`${markup} as ${column}`, csv([rowWith(column, markup)]), 'row:markup');
    add(
      `a ${column} of 10,000 characters`,
      csv([rowWith(column, 'x'.repeat(10_000))]),
      'row:too-long',
    );
  }
  add('markup in a header', `${HEADER},<script>x</script>\n${line(GOOD_ROW)}`, 'clean');

  // Keys that reach a prototype, as headers and cells.
  add(
    'prototype keys as headers',
    `__proto__,constructor,prototype,${HEADER}\n{},{},{},${line(GOOD_ROW)}`,
    'clean',
  );
  add(
    '__proto__ as the name header',
    `__proto__,category,country\nx,guides,Kenya`,
    'missing-columns',
  );
  add(
    'prototype keys as cells',
    csv([rowWith('name', '__proto__'), rowWith('locality', 'constructor')]),
    'clean',
  );

  // Other encodings, and bytes that are no text.
  add('UTF-16 little-endian', readAsUtf8(utf16(csv([GOOD_ROW]), true)), 'missing-columns');
  add('UTF-16 big-endian', readAsUtf8(utf16(csv([GOOD_ROW]), false)), 'missing-columns');
  add('empty', '', 'empty');
  add('a byte-order mark only', '\uFEFF', 'empty');
  add('spaces and line breaks only', ' \r\n \n\t', 'empty');
  for (const seed of [1, 2, 3])
    add(`random bytes ${seed}`, readAsUtf8(garbageBytes(5_000, seed)), 'missing-columns');
  add(
    'PNG bytes',
    readAsUtf8(new Uint8Array([0x89, 0x50, 0x4e, 0x47, ...garbageBytes(2_000, 9)])),
    'missing-columns',
  );
  add('NUL characters', '\u0000'.repeat(1_000), 'missing-columns');
  return cases;
}

/** A cell a user or an attacker could type. */
const cell = fc.oneof(
  fc.constantFrom(
    ...GOOD_ROW,
    ...FORMULAS,
    ...MARKUP,
    '',
    ' ',
    '"',
    '""',
    ',',
    '\n',
    '\r\n',
    '\uFEFF',
    "'=1",
    '1,200',
    '12 000',
    'x'.repeat(121),
    '__proto__',
    'Excursion and activity providers',
  ),
  fc.string({ maxLength: 15 }),
  fc.string({ unit: 'binary', maxLength: 15 }),
);

/** A CSV as any spreadsheet or editor could leave it: any columns, cells, quoting and line ends. */
const anyCsv: fc.Arbitrary<CsvCase> = fc
  .record({
    header: fc.shuffledSubarray([...SUPPLIER_CSV_COLUMNS, 'band', 'notes', '__proto__']),
    rows: fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 12 }),
    delimiter: fc.constantFrom(',', ';', '\t'),
    quoted: fc.boolean(),
    newline: fc.constantFrom('\r\n', '\n', '\r'),
  })
  .map(({ header, rows, delimiter, quoted, newline }) => {
    const write = (cells: string[]) =>
      quoted ? Papa.unparse([cells], { delimiter, newline }) : cells.join(delimiter);
    return {
      name: JSON.stringify({ header, rows, delimiter, quoted, newline }).slice(0, 400),
      text: [header, ...rows].map(write).join(newline),
    };
  });

function holds(hostile: CsvCase): void {
  const faults = caseFaults(hostile);
  if (faults.length) throw new Error(`${hostile.name}: ${faults.join('; ')}`);
}

describe('hostile and broken supplier CSV files', () => {
  const prototypes = prototypeState();
  const cases = hostileCsvCases();

  // Papa Parse warns on the console when it renames a header seen twice; the warning is expected.
  beforeEach(() => {
    const warn = console.warn.bind(console);
    spyOn(console, 'warn').and.callFake((...args: unknown[]) => {
      if (args[0] !== 'Duplicate headers found and renamed.') warn(...args);
    });
  });

  it('are more than 200 named cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
  });

  it('refuses each with a message, or reads it with every row problem worded and no markup', () => {
    const faults = cases.flatMap((c) => caseFaults(c).map((f) => `${c.name}: ${f}`));
    expect(faults).toEqual([]);
  });

  it('reads a file separated by semicolons as the same register', () => {
    const withCommas = readSupplierCsv(suppliersCsv, []);
    const semicolons = Papa.unparse(Papa.parse<string[]>(suppliersCsv).data, { delimiter: ';' });
    const withSemicolons = readSupplierCsv(semicolons, []);
    expect(withSemicolons.ok && withSemicolons.rows).toEqual(withCommas.ok && withCommas.rows);
  });

  it('survives any CSV a spreadsheet or an editor could leave', () => {
    fc.assert(fc.property(anyCsv, holds), { numRuns: 300, seed: 20261126 });
  });

  it('survives the register’s export edited by hand', () => {
    const edit = fc
      .tuple(fc.nat({ max: suppliersCsv.length }), fc.nat({ max: 40 }), cell)
      .map(([at, cut, put]) => ({
        name: `at ${at}, ${cut} characters replaced by ${JSON.stringify(put)}`,
        text: suppliersCsv.slice(0, at) + put + suppliersCsv.slice(at + cut),
      }));
    fc.assert(fc.property(edit, holds), { numRuns: 300, seed: 20261127 });
  });

  it('survives any text or bytes', () => {
    const anything = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 400 }),
      fc.uint8Array({ maxLength: 400 }).map(readAsUtf8),
      fc.json(),
    );
    fc.assert(
      fc.property(
        anything.map((text) => ({ name: JSON.stringify(text).slice(0, 200), text })),
        holds,
      ),
      { numRuns: 200, seed: 20261128 },
    );
  });

  it('refuses 100,000 rows by their size, and 20,000 short rows by their count, in linear time', () => {
    const row = line(GOOD_ROW) + '\r\n';
    const big = HEADER + '\r\n' + row.repeat(100_000);
    expect(big.length).toBeGreaterThan(5 * 1024 * 1024);
    expect(readSupplierCsv(big, [])).toEqual({ ok: false, problem: { kind: 'too-large' } });
    const short = HEADER + '\r\n' + 'A,guides,Peru\r\n'.repeat(20_000);
    const elapsed = millisecondsFor((text) => readSupplierCsv(text, []), short);
    expect(readSupplierCsv(short, [])).toEqual({
      ok: false,
      problem: { kind: 'too-many-rows', max: MAX_CSV_ROWS },
    });
    // About 50 ms quiet; a quadratic reader would take minutes.
    expect(elapsed).toBeLessThan(10_000);
  });

  // Papa Parse reads about 4 MB a second here whatever the text: linear, not instant. A file that
  // made it backtrack or rescan (quadratic: some 10^12 steps at 2 MB) would take hours, so a
  // bound far above the quiet machine's second or so still fails it, and holds on a busy machine.
  it('reads 2 MB hostile texts in linear time', () => {
    const size = 2 * 1024 * 1024;
    for (const [name, text] of [
      ['a cell of "<" then spaces', `${HEADER}\n<${' '.repeat(size)},guides,Kenya`],
      ['a quoted cell of escaped quotes', `${HEADER}\n"${'""'.repeat(size / 2)}",guides,Kenya`],
      ['a quote left open', `${HEADER}\n"${'a,'.repeat(size / 2)}`],
      ['quotes only', `${HEADER}\n${'"'.repeat(size)}`],
      ['commas only', `${HEADER}\n${','.repeat(size)}`],
      ['a cell of line breaks', `${HEADER}\n"${'\n'.repeat(size)}",guides,Kenya`],
      ['one row of half a million cells', `${HEADER}\n${'"a",'.repeat(size / 4)}`],
    ] as const) {
      expect(millisecondsFor((t) => readSupplierCsv(t, []), text))
        .withContext(name)
        .toBeLessThan(30_000);
    }
  });

  it('leaves Object.prototype and Array.prototype as they were', () => {
    for (const c of cases.filter((c) => /prototype|__proto__/.test(c.name)))
      readSupplierCsv(c.text, []);
    expect(prototypeState()).toBe(prototypes);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
