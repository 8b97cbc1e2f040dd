import { readSupplierCsv, supplierCsvTemplate, supplierCsvText } from './supplier-csv';
import { Supplier } from './supplier';

const HEADER = 'name,category,country,locality,volume,clause_status,contact';

function read(lines: string[], existing: Pick<Supplier, 'name' | 'locality'>[] = []) {
  const result = readSupplierCsv([HEADER, ...lines].join('\n'), existing);
  if (!result.ok) throw new Error(`not read: ${JSON.stringify(result.problem)}`);
  return result;
}

describe('readSupplierCsv', () => {
  it('maps a row to a supplier', () => {
    const { rows } = read([
      'Sea Breeze Hotel,accommodation,Thailand,Phuket,"1,200",signed,Front desk',
    ]);
    expect(rows).toEqual([
      {
        line: 2,
        draft: {
          name: 'Sea Breeze Hotel',
          category: 'accommodation',
          country: 'Thailand',
          locality: 'Phuket',
          volume: 1200,
          clauseStatus: 'signed',
          contact: 'Front desk',
        },
      },
    ]);
  });

  it('accepts a category by its title, in any case', () => {
    const { rows } = read(['Jungle Treks,Excursion and activity providers,Laos,Luang Prabang,,,']);
    expect(rows[0].draft.category).toBe('excursions');
  });

  it('takes an empty clause status as none and an empty volume as 0', () => {
    const { rows } = read(['Tuk Tuk Co,ground-transport,Cambodia,Siem Reap,,,']);
    expect(rows[0].draft.clauseStatus).toBe('none');
    expect(rows[0].draft.volume).toBe(0);
  });

  it('reports each bad row with its line and reason', () => {
    const { rows, problems } = read([
      'Good One,guides,Peru,Cusco,10,sent,',
      ',guides,Peru,Cusco,10,sent,',
      'Bad Category,spaceships,Peru,Cusco,10,sent,',
      'Bad Volume,guides,Peru,Cusco,lots,sent,',
      'Bad Clause,guides,Peru,Cusco,10,maybe,',
    ]);
    expect(rows.length).toBe(1);
    expect(problems).toEqual([
      { line: 3, reason: { code: 'missing', column: 'name' } },
      { line: 4, reason: { code: 'unknown-category', value: 'spaceships' } },
      { line: 5, reason: { code: 'bad-volume', value: 'lots' } },
      { line: 6, reason: { code: 'unknown-clause-status', value: 'maybe' } },
    ]);
  });

  it('counts lines correctly around blank lines and quoted line breaks', () => {
    const { problems } = read([
      '"Two\nLines",guides,Peru,Cusco,1,,',
      '',
      'No Country,guides,,Cusco,1,,',
    ]);
    expect(problems).toEqual([{ line: 5, reason: { code: 'missing', column: 'country' } }]);
  });

  it('sets aside a supplier already in the register, by name and locality', () => {
    const { rows, duplicates } = read(
      ['  sea breeze hotel ,accommodation,Thailand,PHUKET,1,,'],
      [{ name: 'Sea Breeze Hotel', locality: 'Phuket' }],
    );
    expect(rows).toEqual([]);
    expect(duplicates).toEqual([{ line: 2, name: 'sea breeze hotel', firstLine: null }]);
  });

  it('sets aside a row repeated in the file, naming the first line', () => {
    const { duplicates } = read(['A,guides,Peru,Cusco,1,,', 'A,guides,Peru,Cusco,2,,']);
    expect(duplicates).toEqual([{ line: 3, name: 'A', firstLine: 2 }]);
  });

  it('reads headers in any order and case, with a byte-order mark', () => {
    const result = readSupplierCsv('\uFEFFCountry,Name,Category\nPeru,Andes Guides,guides', []);
    expect(result.ok && result.rows[0].draft.name).toBe('Andes Guides');
  });

  it('sets aside a row whose text reads as HTML, naming the column', () => {
    const result = read(['<b>Bar</b>,nightlife,Kenya,,,,', 'Bar,nightlife,Kenya,<script>,,,']);
    expect(result.ok && result.problems.map((p) => p.reason)).toEqual([
      { code: 'markup', column: 'name' },
      { code: 'markup', column: 'locality' },
    ]);
  });

  it('refuses a file without the required columns, naming them', () => {
    expect(readSupplierCsv('supplier,type\nA,B', [])).toEqual({
      ok: false,
      problem: { kind: 'missing-columns', columns: ['name', 'category', 'country'] },
    });
  });

  it('refuses an empty file', () => {
    expect(readSupplierCsv('', [])).toEqual({ ok: false, problem: { kind: 'empty' } });
  });
});

describe('supplier CSV export', () => {
  it('writes a template with the columns the import reads', () => {
    expect(supplierCsvTemplate()).toBe(`${HEADER}\r\n`);
  });

  it('exports the register with bands and reads back the same suppliers', () => {
    const supplier: Supplier = {
      id: 's1',
      name: 'Café "Le Port", Bar',
      category: 'nightlife',
      country: 'France',
      locality: 'Nice',
      volume: 300,
      clauseStatus: 'sent',
      contact: 'bar@example.org',
      createdAt: '',
      updatedAt: '',
    };
    const text = supplierCsvText([{ supplier, band: 'high' }]);
    const back = readSupplierCsv(text, []);
    expect(back.ok && back.rows[0].draft.name).toBe('Café "Le Port", Bar');
    expect(text.split('\r\n')[0]).toBe(`${HEADER},band`);
  });

  it('writes cells a spreadsheet would run as formulas as text, and reads them back unchanged', () => {
    const named = (name: string, contact = ''): Supplier => ({
      id: name,
      name,
      category: 'ground-transport',
      country: 'Kenya',
      locality: name,
      volume: 1,
      clauseStatus: 'none',
      contact,
      createdAt: '',
      updatedAt: '',
    });
    const hostile = [
      named('=HYPERLINK("http://evil.example","Click")'),
      named("+cmd|' /C calc'!A0"),
      named('-2+3'),
      named('@SUM(1,2)', '=1+1'),
      named('\t=1'),
      named('=1\n+2'),
    ];
    const text = supplierCsvText(hostile.map((supplier) => ({ supplier, band: '' })));
    const cells = text.split('\r\n').slice(1).join('\n');
    for (const { name } of hostile) expect(text).not.toContain(`,${name}`);
    expect(cells).toContain(`'=HYPERLINK(`);
    expect(cells).toContain(`'@SUM(1,2)`);
    expect(cells).toContain(`'=1+1`);
    const back = readSupplierCsv(text, []);
    expect(back.ok && back.rows.map((r) => [r.draft.name, r.draft.contact])).toEqual(
      hostile.map((s) => [s.name.trim(), s.contact]),
    );
  });

  it('keeps an apostrophe that does not guard a formula', () => {
    const back = readSupplierCsv([HEADER, "'t Hotel,accommodation,Kenya,,,,"].join('\n'), []);
    expect(back.ok && back.rows[0].draft.name).toBe("'t Hotel");
  });
});
