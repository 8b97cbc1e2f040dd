import fc from 'fast-check';

import { assessmentFileText } from '../assessment/assessment-file';
import { readsAsMarkup } from '../markup';
import { digestOf, sealedText } from '../review/testing-submissions';
import { InvalidReason } from '../untrusted-data';
import {
  BackupProblem,
  backupDigestInput,
  MAX_BACKUP_BYTES,
  parseBackupFile,
  writeBackup,
} from './backup-file';
import { sampleWorkspace } from './sample-workspace';
import { Workspace } from './workspace';

type Json = Record<string, unknown>;
type Path = readonly (string | number)[];
/** A top-level code, or `invalid:` and the reason's code. */
type Expected = BackupProblem['code'] | `invalid:${InvalidReason['code']}`;
interface Case {
  readonly name: string;
  readonly text: string;
  readonly expected: Expected;
}

const MARKUP = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '</textarea><b>x',
  'javascript:alert(1)',
];
const MB = 1024 * 1024;
const CREATED_AT = '2026-11-26T09:00:00.000Z';

/** What a refusal reads as: its code, and for `invalid` its reason's. */
function codeOf(problem: BackupProblem): string {
  return problem.code === 'invalid' ? `invalid:${problem.reason.code}` : problem.code;
}

/** A copy with the value at `path` replaced (or removed), written as an own property whatever its name. */
function setAt(root: unknown, path: Path, value: unknown, remove = false): Json {
  const copy = structuredClone(root) as Json;
  let at = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (remove) delete at[last];
  else
    Object.defineProperty(at, last, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return copy;
}

/** Every string, number and boolean in a JSON value, with its path. */
function leaves(value: unknown, path: Path = []): { path: Path; value: unknown }[] {
  if (typeof value !== 'object' || value === null) return [{ path, value }];
  return Object.entries(value).flatMap(([key, child]) =>
    leaves(child, [...path, Array.isArray(value) ? Number(key) : key]),
  );
}

/** Every string in a value, keys included: what a restored workspace must hold no markup in. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => [key, ...strings(child)]);
}

function nested(depth: number, inner: unknown = 'x'): string {
  return '['.repeat(depth) + JSON.stringify(inner) + ']'.repeat(depth);
}

/** Hundreds of damaged, foreign and hostile variants of one valid backup, each with its refusal. */
async function hostileCases(validText: string, valid: Json, workspace: Workspace): Promise<Case[]> {
  const cases: Case[] = [];
  const add = (name: string, data: Json | string, expected: Expected) =>
    cases.push({ name, text: typeof data === 'string' ? data : JSON.stringify(data), expected });
  const ws = ['workspace'];
  const assessment0 = [...ws, 'assessments', 0];
  const supplier1 = [...ws, 'suppliers', 1];
  const received0 = [...ws, 'submissions', 0];
  const sealed0 = [...received0, 'submission'];

  // Size and syntax.
  add('over 50 MB of padding', validText + ' '.repeat(MAX_BACKUP_BYTES), 'too-large');
  for (const cut of [1, 10, 100, 1000, 5000, validText.length - 3]) {
    add(`cut at ${cut}`, validText.slice(0, cut), 'not-json');
  }
  add('empty file', '', 'not-json');
  add('CSV', 'name,country\nHotel,Kenya', 'not-json');
  add('PDF bytes', '%PDF-1.7\n%âãÏÓ\n1 0 obj', 'not-json');
  add('two byte-order marks', `\uFEFF\uFEFF${validText}`, 'not-json');
  add('UTF-16LE read as UTF-8', [...validText.slice(0, 200)].join('\u0000'), 'not-json');
  add('UTF-16BE read as UTF-8', `\u0000${[...validText.slice(0, 200)].join('\u0000')}`, 'not-json');
  add('zip bytes', 'PK\u0003\u0004\u0014\u0000\u0000\u0000\b\u0000', 'not-json');
  add('trailing comma', validText.replace(/}\s*$/, ',}'), 'not-json');
  add('two backups in one file', validText + validText, 'not-json');

  // Another program's JSON, or another Haven file.
  for (const other of ['null', '[]', '42', '"text"', '{}', '{"name":"budget","rows":[]}']) {
    add(`other JSON ${other}`, other, 'not-haven');
  }
  for (const format of ['HAVEN-BACKUP', 'haven-backup ', 'haven-backups', '', 'backup']) {
    add(`format "${format}"`, setAt(valid, ['format'], format), 'not-haven');
  }
  add('format a number', setAt(valid, ['format'], 1), 'not-haven');
  add('no format', setAt(valid, ['format'], undefined, true), 'not-haven');
  add('nested 10,000 deep, whole file', nested(10_000), 'not-haven');
  for (const format of [
    'haven-assessment',
    'haven-submission',
    'haven-questionnaire-request',
    'haven-questionnaire-response',
    'haven-review-response',
  ]) {
    add(`backup labelled ${format}`, setAt(valid, ['format'], format), 'other-format');
  }
  add(
    'an assessment file',
    assessmentFileText(workspace.assessments[0], CREATED_AT),
    'other-format',
  );
  add('a submission file', await sealedText(workspace.submissions[0].submission), 'other-format');

  // Versions.
  for (const version of [2, 3, 10, 999]) {
    add(`future version ${version}`, setAt(valid, ['formatVersion'], version), 'future-version');
  }
  add(
    'future version with a body it cannot read',
    { format: 'haven-backup', formatVersion: 2, data: 'x' },
    'future-version',
  );
  for (const version of [0, -1, 1.5, '1', null, true, [1], {}]) {
    add(
      `version ${JSON.stringify(version)}`,
      setAt(valid, ['formatVersion'], version),
      'invalid:bad-version',
    );
  }
  add('no version', setAt(valid, ['formatVersion'], undefined, true), 'invalid:bad-version');

  // HTML and script in every text field (a markup `format` is another program's file).
  for (const { path, value } of leaves(valid)) {
    if (typeof value !== 'string' || path[0] === 'format') continue;
    for (const markup of MARKUP.slice(0, path.includes('answers') ? 1 : MARKUP.length)) {
      add(`${markup} in ${path.join('.')}`, setAt(valid, path, markup), 'invalid:markup');
    }
  }

  // The wrong type in every field.
  for (const { path, value } of leaves(valid)) {
    if (path[0] === 'format') continue;
    const wrong =
      typeof value === 'string'
        ? [42, null, [value]]
        : typeof value === 'number'
          ? [String(value), null, {}]
          : ['true', 1, null];
    for (const other of wrong) {
      const expected = path[0] === 'formatVersion' ? 'invalid:bad-version' : 'invalid';
      add(`${path.join('.')} = ${JSON.stringify(other)}`, setAt(valid, path, other), expected);
    }
  }
  for (const path of [
    ['counts'],
    ws,
    [...ws, 'settings'],
    [...ws, 'assessments'],
    [...ws, 'suppliers'],
    [...ws, 'submissions'],
    assessment0,
    [...assessment0, 'answers'],
    [...assessment0, 'plan'],
    [...assessment0, 'review'],
    supplier1,
    [...supplier1, 'requests'],
    received0,
    sealed0,
    [...received0, 'review'],
    [...received0, 'review', 'comments'],
    [...received0, 'recomputed'],
    [...received0, 'mismatches'],
  ]) {
    for (const other of [42, 'x', null, true]) {
      add(`${path.join('.')} = ${JSON.stringify(other)}`, setAt(valid, path, other), 'invalid');
    }
  }

  // Missing fields, at the top and inside each kind of record.
  for (const path of [
    ['createdAt'],
    ['counts'],
    ['workspace'],
    ['digest'],
    [...ws, 'assessments'],
    [...ws, 'settings'],
    [...ws, 'settings', 'reviewerName'],
    [...assessment0, 'id'],
    [...assessment0, 'answers'],
    [...assessment0, 'updatedAt'],
    [...supplier1, 'name'],
    [...supplier1, 'clauseStatus'],
    [...supplier1, 'requests', 0, 'sentAt'],
    [...received0, 'submission'],
    [...received0, 'digest'],
    [...received0, 'review'],
    [...received0, 'review', 'updatedAt'],
    [...sealed0, 'profile'],
    [...sealed0, 'result'],
  ]) {
    add(`missing ${path.join('.')}`, setAt(valid, path, undefined, true), 'invalid:missing-field');
  }

  // Fields Haven does not write.
  for (const path of [
    [],
    ['counts'],
    ws,
    [...ws, 'settings'],
    assessment0,
    [...assessment0, 'plan', 'annual-review'],
    supplier1,
    [...supplier1, 'requests', 0],
    received0,
    sealed0,
    [...sealed0, 'profile'],
    [...received0, 'review'],
  ]) {
    add(
      `extra ${[...path, 'guestNames'].join('.')}`,
      setAt(valid, [...path, 'guestNames'], 'x'),
      'invalid:extra-field',
    );
  }
  for (const key of ['format', 'formatVersion', 'digest']) {
    add(
      `${key} inside a sealed package`,
      setAt(valid, [...sealed0, key], 'x'),
      'invalid:extra-field',
    );
  }

  // Keys that reach the prototype, at every level (own properties, as JSON.parse makes them).
  for (const path of [
    [],
    ['counts'],
    ws,
    [...ws, 'settings'],
    assessment0,
    [...assessment0, 'answers'],
    [...assessment0, 'plan'],
    supplier1,
    [...supplier1, 'requests', 0],
    received0,
    sealed0,
    [...sealed0, 'answers'],
    [...received0, 'review', 'comments'],
  ]) {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      add(
        `${key} in ${path.join('.') || 'the top'}`,
        setAt(valid, [...path, key], { isAdmin: true }),
        'invalid:reserved-key',
      );
    }
  }

  // Huge strings, lists and nesting.
  const tenMb = 'x'.repeat(10 * MB);
  for (const path of [
    ['createdAt'],
    [...ws, 'settings', 'operatorName'],
    [...assessment0, 'answers', 'businessName'],
    [...supplier1, 'name'],
    [...received0, 'fileName'],
    [...sealed0, 'profile', 'name'],
  ]) {
    add(`10 MB in ${path.join('.')}`, setAt(valid, path, tenMb), 'invalid');
  }
  const suppliers = (valid['workspace'] as Json)['suppliers'] as Json[];
  add(
    '10,001 suppliers',
    setAt(
      valid,
      [...ws, 'suppliers'],
      Array.from({ length: 10_001 }, (_, i) => ({ ...suppliers[0], id: `s${i}` })),
    ),
    'invalid:too-many',
  );
  const manyKeys = (n: number) =>
    Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 'x']));
  add(
    '100,000 answers',
    setAt(valid, [...assessment0, 'answers'], manyKeys(100_000)),
    'invalid:too-many',
  );
  add('5,000 settings', setAt(valid, [...ws, 'settings'], manyKeys(5000)), 'invalid:too-many');
  add(
    '5,000 red flags',
    setAt(valid, [...received0, 'recomputed', 'redFlags'], Object.keys(manyKeys(5000))),
    'invalid:too-many',
  );
  for (const path of [
    [...ws, 'settings'],
    [...assessment0, 'answers', 'hasBar'],
    [...supplier1, 'name'],
    [...sealed0, 'plan'],
    [...received0, 'review', 'note'],
  ]) {
    add(
      `nested 10,000 deep in ${path.join('.')}`,
      setAt(valid, path, JSON.parse(nested(10_000))),
      'invalid:too-deep',
    );
  }
  // Deeper than the stack can write out again: refused, not thrown.
  add(
    'nested 200,000 deep in a supplier',
    validText.replace('"name": "Coral Coast Transfers"', `"name": ${nested(200_000)}`),
    'invalid:too-deep',
  );

  // Ids used twice in one list; counts that do not add up.
  for (const list of ['assessments', 'suppliers', 'submissions']) {
    const records = (valid['workspace'] as Json)[list] as Json[];
    const twice = setAt(
      setAt(valid, [...ws, list], [...records, records[0]]),
      ['counts', list],
      records.length + 1,
    );
    add(`the same ${list} id twice`, twice, 'invalid:wrong-type');
    add(
      `counts.${list} off by one`,
      setAt(valid, ['counts', list], records.length + 1),
      'invalid:wrong-type',
    );
  }
  const [sent] = suppliers[1]['requests'] as Json[];
  add(
    'the same request twice',
    setAt(valid, [...supplier1, 'requests'], [sent, sent]),
    'invalid:wrong-type',
  );
  add(
    'a record id that is not its submission id',
    setAt(valid, [...received0, 'id'], 'another-id'),
    'invalid:wrong-type',
  );
  add(
    'a dictionary key with markup',
    setAt(valid, [...assessment0, 'plan', '<script>'], {}),
    'invalid',
  );

  // Answers their questionnaire cannot take, and questionnaires this Haven does not have.
  add(
    'an assessment answer that is not an option',
    setAt(valid, [...assessment0, 'answers', 'hasBar'], 'maybe'),
    'invalid:not-an-option',
  );
  add(
    'an assessment answer to no question',
    setAt(valid, [...assessment0, 'answers', 'guestPassport'], 'A1'),
    'invalid:unknown-question',
  );
  add(
    'a plan for no action',
    setAt(valid, [...assessment0, 'plan', 'bribe-official'], {
      owner: '',
      due: '',
      status: 'done',
      note: '',
    }),
    'invalid:unknown-action',
  );
  add(
    'a submission answer that is not an option',
    setAt(valid, [...sealed0, 'answers', 'hasBar'], 'maybe'),
    'invalid:not-an-option',
  );
  add(
    'a submission plan for no action',
    setAt(valid, [...sealed0, 'plan', 'bribe-official'], {
      owner: '',
      due: '',
      status: 'done',
      note: '',
    }),
    'invalid:unknown-action',
  );
  add(
    'an assessment of a newer questionnaire',
    setAt(valid, [...assessment0, 'setVersion'], '3.0.0'),
    'unknown-questionnaire',
  );
  add(
    'an assessment of a questionnaire never shipped',
    setAt(valid, [...assessment0, 'setId'], 'casino'),
    'unknown-questionnaire',
  );
  add(
    'a submission of a newer questionnaire',
    setAt(valid, [...sealed0, 'questionnaire', 'version'], '3.0.0'),
    'unknown-questionnaire',
  );
  return cases;
}

describe('hostile and broken backup files', () => {
  let valid: Json;
  let validText: string;
  let cases: Case[];

  beforeAll(async () => {
    const workspace = await sampleWorkspace();
    const withRequestLink: Workspace = {
      ...workspace,
      assessments: [
        ...workspace.assessments,
        {
          ...workspace.assessments[1],
          id: 'f0e1d2c3-b4a5-4697-8877-665544332211',
          supplier: undefined,
          request: { requestId: 'r-1', supplierId: 's-1', operatorName: 'Coast & Reef Tours' },
        },
      ],
    };
    validText = writeBackup(
      withRequestLink,
      CREATED_AT,
      await digestOf(backupDigestInput(withRequestLink)),
    );
    valid = JSON.parse(validText);
    cases = await hostileCases(validText, valid, withRequestLink);
  });

  it('start from a backup that is accepted, however it is laid out', () => {
    expect(parseBackupFile(validText).ok).toBeTrue();
    expect(parseBackupFile(JSON.stringify(valid)).ok).toBeTrue();
    // As an editor that saves UTF-8 with a byte-order mark leaves it.
    expect(parseBackupFile(`\uFEFF${validText}`).ok).toBeTrue();
  });

  it('are at least 200', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
  });

  it('are each refused for their own reason, as plain data, never with an exception', () => {
    const prototypeBefore = Object.getOwnPropertyNames(Object.prototype);
    for (const c of cases) {
      const result = parseBackupFile(c.text);
      expect(result.ok).withContext(c.name).toBeFalse();
      if (result.ok) continue;
      const code = codeOf(result.problem);
      expect(c.expected.includes(':') ? code : result.problem.code)
        .withContext(c.name)
        .toBe(c.expected);
      expect(JSON.parse(JSON.stringify(result.problem)))
        .withContext(c.name)
        .toEqual(result.problem);
    }
    expect(({} as Json)['isAdmin']).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototypeBefore);
  });

  it('refuse any cut-short file as not JSON', () => {
    fc.assert(
      fc.property(fc.nat(validText.length - 2), (cut) => {
        expect(
          codeOf((parseBackupFile(validText.slice(0, cut)) as { problem: BackupProblem }).problem),
        ).toBe('not-json');
      }),
      { numRuns: 100 },
    );
  });

  it('refuse binary garbage and random text without throwing', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.uint8Array().map((b) => new TextDecoder().decode(b)),
        ),
        (text) => {
          expect(parseBackupFile(text).ok).toBeFalse();
        },
      ),
      { numRuns: 200 },
    );
  });

  it('accept a changed value only when it is valid and holds no markup', () => {
    const paths = leaves(valid).map((leaf) => leaf.path);
    const value = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom(...MARKUP, '', 'yes', 'no', '2026-01-01T00:00:00.000Z'),
      fc.string({ unit: 'grapheme', maxLength: 30 }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...paths), value, (path, replacement) => {
        const text = JSON.stringify(setAt(valid, path, replacement));
        let result!: ReturnType<typeof parseBackupFile>;
        expect(() => (result = parseBackupFile(text))).not.toThrow();
        if (result.ok) expect(strings(result.value).filter(readsAsMarkup)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('read a 5-10 MB file in linear time, hostile or not', () => {
    const records = valid['workspace'] as Json;
    const [hotel] = records['assessments'] as Json[];
    const [received] = records['submissions'] as Json[];
    const assessments = Array.from({ length: 1100 }, (_, i) => ({ ...hotel, id: `a-${i}` }));
    const submissions: Json[] = Array.from({ length: 900 }, (_, i) => ({
      ...received,
      id: `s-${i}`,
      submission: { ...(received['submission'] as Json), submissionId: `s-${i}` },
    }));
    const big = (list: Json[]) => ({
      ...valid,
      counts: { assessments: assessments.length, suppliers: 0, submissions: list.length },
      workspace: { ...records, assessments, suppliers: [], submissions: list },
    });
    // About 200 ms each on a quiet machine; the bound leaves room for a busy one. A quadratic
    // check takes hours on these sizes, so it still fails.
    const timed = (text: string) => {
      const started = performance.now();
      const result = parseBackupFile(text);
      return { result, elapsed: performance.now() - started };
    };

    const validText = JSON.stringify(big(submissions), null, 2);
    expect(validText.length).toBeGreaterThan(5 * MB);
    expect(validText.length).toBeLessThan(10 * MB);
    const accepted = timed(validText);
    expect(accepted.result.ok).toBeTrue();
    expect(accepted.elapsed).toBeLessThan(8_000);

    // The script sits in the record read last, so everything before it is read first.
    const last = setAt(submissions.at(-1), ['submission', 'answers', 'businessName'], '<b>x');
    const refused = timed(JSON.stringify(big([...submissions.slice(0, -1), last]), null, 2));
    expect(refused.result).toEqual({
      ok: false,
      problem: {
        code: 'invalid',
        reason: {
          code: 'markup',
          field: 'workspace.submissions.899.submission.answers.businessName',
        },
      },
    });
    expect(refused.elapsed).toBeLessThan(8_000);

    // A field of almost 5 MB that opens a tag and never closes it: the markup check stays linear.
    const spaced = setAt(
      valid,
      ['workspace', 'suppliers', 0, 'name'],
      `<${' '.repeat(5 * MB - 2000)}`,
    );
    expect(timed(JSON.stringify(spaced)).elapsed).toBeLessThan(8_000);
  });
});
