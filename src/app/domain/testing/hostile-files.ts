import fc from 'fast-check';

import { readsAsMarkup } from '../markup';

// Hostile files for the specs of every import path: what each case must come to, whatever the
// format. A file is either refused, with a message a user can read, or accepted with no text in it
// that reads as markup; nothing escapes the parser and nothing reaches Object.prototype.

/** What one import path made of a file, in the same shape for every format. */
export type Outcome =
  | { readonly accepted: true; readonly value: unknown }
  | {
      readonly accepted: false;
      /** The problem's own code, under the generic names below where formats differ. */
      readonly code: string;
      /** The message the user sees for it, in English. */
      readonly message: string;
      /** Row problems and messages are kept together for a CSV. */
      readonly details?: readonly string[];
    };

/**
 * What a case must come to: accepted, refused for any reason, or refused with a generic code.
 * Formats name some problems differently; their specs map them to these: `other-format` (another
 * program's or another Haven file: not-haven, wrong-kind, not-review-response), `bad-version` (a
 * format version Haven never wrote: bad-version, wrong-version).
 */
export type Expected =
  | 'accepted'
  | 'refused'
  | 'too-large'
  | 'not-json'
  | 'too-deep'
  | 'too-many'
  | 'reserved-key'
  | 'markup'
  | 'future-version'
  | 'other-format'
  | 'bad-version';

export interface HostileCase {
  readonly name: string;
  readonly text: string;
  /** Left out where refusing and accepting are both right (a field deleted may be optional). */
  readonly expected?: Expected;
}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = readonly string[];

/** Markup an attacker would put in a text field, in the forms the check has to catch. */
export const MARKUP = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '</textarea><b>x',
  '<!-- x -->',
  'javascript:alert(1)',
  '<svg/onload=alert(1)>',
  '< iframe src=//x>',
];

const RESERVED = ['__proto__', 'constructor', 'prototype'];

// Problem codes that would show through if a message were built from a code, not worded.
const RAW_CODES = [
  'too-large',
  'not-json',
  'reserved-key',
  'too-many',
  'too-deep',
  'missing-field',
  'extra-field',
  'wrong-type',
  'bad-version',
  'unknown-question',
  'not-an-option',
  'unknown-action',
  'not-haven',
  'future-version',
  'unknown-questionnaire',
  'wrong-kind',
  'not-review-response',
  'wrong-version',
  'missing-columns',
  'too-many-rows',
];

/**
 * Why a refusal's message would not do: empty, not a sentence, far too long, or showing a code,
 * `undefined`, an object, a schema library's own message (which quotes the value received) or
 * markup. Empty when it is a sentence a user can read.
 */
export function messageFaults(message: string): string[] {
  const faults: string[] = [];
  if (message.trim().length < 20) faults.push(`too short: "${message}"`);
  if (message.length > 1_000) faults.push(`${message.length} characters long`);
  if (!/[.!?]$/.test(message.trim())) faults.push(`not a sentence: "${message.slice(-60)}"`);
  // Text inside quotes is the file's own, named for the user; outside them, all is Haven's.
  const unquoted = message.replace(/“[^”]*”/g, '“”');
  for (const raw of ['undefined', '[object', 'NaN', 'Received', 'Invalid ']) {
    if (unquoted.includes(raw)) faults.push(`shows "${raw}": "${message.slice(0, 300)}"`);
  }
  for (const code of RAW_CODES) {
    if (new RegExp(`(^|[^\\w-])${code}($|[^\\w-])`).test(unquoted))
      faults.push(`shows the code ${code}: "${message.slice(0, 300)}"`);
  }
  if (readsAsMarkup(message)) faults.push(`reads as markup: "${message.slice(0, 300)}"`);
  return faults;
}

/** Every text in a value, keys included, that reads as markup. */
export function markupIn(value: unknown, path = '(value)'): string[] {
  if (typeof value === 'string') return readsAsMarkup(value) ? [path] : [];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => [
    ...(readsAsMarkup(key) ? [`${path} key ${key.slice(0, 40)}`] : []),
    ...markupIn(inner, `${path}.${key.slice(0, 40)}`),
  ]);
}

/** What Object.prototype and Array.prototype hold, to see that no file added to them. */
export function prototypeState(): string {
  const probe = {} as Record<string, unknown>;
  return JSON.stringify({
    object: Object.getOwnPropertyNames(Object.prototype).sort(),
    array: Object.getOwnPropertyNames(Array.prototype).sort(),
    polluted: [probe['polluted'], probe['isAdmin'], probe['toJSON']].map(String),
  });
}

/**
 * Runs one case through an import path. Faults: an exception, a refusal without a readable
 * message, an accepted file with markup in it, or another outcome than expected.
 */
export function caseFaults(hostile: HostileCase, parse: (text: string) => Outcome): string[] {
  let outcome: Outcome;
  try {
    outcome = parse(hostile.text);
  } catch (error) {
    return [`threw ${String(error).slice(0, 200)}`];
  }
  const faults: string[] = [];
  if (outcome.accepted) {
    faults.push(...markupIn(outcome.value).map((where) => `accepted with markup at ${where}`));
  } else {
    faults.push(...messageFaults(outcome.message));
    for (const detail of outcome.details ?? []) {
      faults.push(...messageFaults(detail).filter((f) => !f.startsWith('not a sentence')));
    }
  }
  const expected = hostile.expected;
  const got = outcome.accepted ? 'accepted' : outcome.code;
  if (expected && !(expected === 'refused' && !outcome.accepted) && expected !== got) {
    faults.push(`expected ${expected}, got ${got}`);
  }
  return faults;
}

/** Every field of a parsed file, with its path, the file itself left out. */
export function fieldsOf(value: Json, path: Path = []): { path: Path; value: Json }[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => [
    { path: [...path, key], value: inner },
    ...fieldsOf(inner, [...path, key]),
  ]);
}

/** A copy with the value at `path` replaced (or removed, for `undefined`). */
export function withValue(data: Json, path: Path, value: Json | undefined): Json {
  const copy = structuredClone(data);
  const parent = path
    .slice(0, -1)
    .reduce<Json>((at, key) => (at as Record<string, Json>)[key], copy);
  const key = path[path.length - 1];
  if (value === undefined) delete (parent as Record<string, Json>)[key];
  // Defined, not assigned: `__proto__` must become a key of the file, as JSON.parse makes it.
  else
    Object.defineProperty(parent, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return copy;
}

/** The text of a file: its data with one key added where `path` points to an object. */
export function withKey(data: Json, path: Path, key: string, value: Json): string {
  return JSON.stringify(withValue(data, [...path, key], value));
}

function nested(depth: number, open: string, close: string, inner = '1'): string {
  return open.repeat(depth) + inner + close.repeat(depth);
}

/** A UTF-16 file as the browser's UTF-8 reading (`Blob.text()`) gives it to the parser. */
export function readAsUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

export function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const [low, high] = [text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8];
    bytes.set(littleEndian ? [low, high] : [high, low], 2 + 2 * i);
  }
  return bytes;
}

/** Bytes that are no text at all, the same every run. */
export function garbageBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    bytes[i] = state >> 16;
  }
  return bytes;
}

/** The same value of another JSON type, for "wrong type at every field". */
function wrongTypesFor(value: Json): Json[] {
  if (typeof value === 'string') return [42, null, true, [], {}];
  if (typeof value === 'number') return [String(value), null, true, [], {}];
  if (typeof value === 'boolean') return ['true', 1, null, [], {}];
  if (Array.isArray(value)) return [42, 'x', null, true, {}];
  return [42, 'x', null, true];
}

/**
 * Two hundred and more hostile versions of one valid file, for any of Haven's JSON formats:
 * size, syntax, other files, versions, wrong types and markup at every field, prototype keys in
 * every object, deep nesting, huge lists, other encodings and bytes that are no text.
 * `others` are the texts of other Haven files, which this import path must refuse; `freeText` is
 * a field the user types, where huge and deep values are put.
 */
export function hostileJsonCases(
  validText: string,
  others: Record<string, string>,
  freeText: Path,
): HostileCase[] {
  const valid = JSON.parse(validText) as Json;
  const fields = fieldsOf(valid);
  const texts = fields.filter((f) => typeof f.value === 'string');
  const objects = [{ path: [] as Path, value: valid }, ...fields].filter(
    (f) => typeof f.value === 'object' && f.value !== null && !Array.isArray(f.value),
  );
  const version = (valid as { formatVersion: number }).formatVersion;
  const cases: HostileCase[] = [];
  const add = (name: string, data: Json | string, expected?: Expected) =>
    cases.push({ name, text: typeof data === 'string' ? data : JSON.stringify(data), expected });

  add('valid, as written', validText, 'accepted');
  add('valid, on one line', JSON.stringify(valid), 'accepted');
  add('valid, after a UTF-8 byte-order mark', '\uFEFF' + validText, 'accepted');

  // Size.
  add('10 MB of padding', validText + ' '.repeat(10 * 1024 * 1024), 'too-large');
  add('a 10 MB text field', withValue(valid, freeText, 'x'.repeat(10 * 1024 * 1024)), 'too-large');
  add('a 4 MB text field', withValue(valid, freeText, 'x'.repeat(4 * 1024 * 1024)), 'refused');
  add(
    'a 4 MB "<" and spaces text field',
    withValue(valid, freeText, '<' + ' '.repeat(4 * 1024 * 1024)),
    'refused',
  );
  add('a 4 MB key', withKey(valid, [], 'k'.repeat(4 * 1024 * 1024), 1), 'refused');

  // Truncated and invalid JSON.
  for (const cut of [0, 1, 2, 10, 100, Math.floor(validText.length / 2), validText.length - 1]) {
    add(`cut after ${cut} characters`, validText.slice(0, cut), 'not-json');
  }
  add('a trailing comma', validText.replace(/}\s*$/, ',}'), 'not-json');
  add('single quotes', validText.replace(/"/g, "'"), 'not-json');
  add('a comment', '// exported by Haven\n' + validText, 'not-json');
  add(
    'NaN for a number',
    validText.replace(/"formatVersion": \d+/, '"formatVersion": NaN'),
    'not-json',
  );
  add('two files one after the other', validText + validText, 'not-json');
  add('a CSV', 'name,category,country\nHotel,accommodation,Kenya', 'not-json');
  add('HTML', '<!doctype html><html><body><script>alert(1)</script></body></html>', 'not-json');

  // Another program's JSON, or another Haven file.
  for (const other of ['null', 'true', '42', '"text"', '[]', '{}', '[{"format":"x"}]']) {
    add(`JSON ${other}`, other, 'other-format');
  }
  add('a budget', '{"name":"My budget","rows":[{"item":"rent","amount":900}]}', 'other-format');
  add('a backup', '{"format":"haven-backup","formatVersion":1}', 'other-format');
  add('a format with different case', withValue(valid, ['format'], 'HAVEN-' + 'X'), 'other-format');
  add('a format that is a number', withValue(valid, ['format'], 7), 'other-format');
  add('no format', withValue(valid, ['format'], undefined), 'other-format');
  for (const [name, text] of Object.entries(others)) {
    add(`another Haven file: ${name}`, text, name.endsWith('.csv') ? 'not-json' : 'other-format');
  }

  // Versions: a newer Haven's, never half-read; and versions Haven never wrote.
  for (const next of [version + 1, version + 2, 999, 1e308]) {
    add(`format version ${next}`, withValue(valid, ['formatVersion'], next), 'future-version');
  }
  const nextFile = withValue(withValue(valid, ['formatVersion'], version + 1), ['madeWith'], 'x');
  add('a newer version with a field this Haven does not know', nextFile, 'future-version');
  for (const field of fields.filter((f) => f.path.length === 1 && f.path[0] !== 'formatVersion')) {
    if (field.path[0] === 'format') continue;
    add(
      `a newer version whose ${field.path[0]} this Haven cannot read`,
      withValue(withValue(valid, ['formatVersion'], version + 1), field.path, [42]),
      'future-version',
    );
  }
  for (const never of [0, -1, 1.5, '1', null, true, [1], {}]) {
    add(
      `format version ${JSON.stringify(never)}`,
      withValue(valid, ['formatVersion'], never),
      'bad-version',
    );
  }
  add('no format version', withValue(valid, ['formatVersion'], undefined), 'bad-version');

  // Wrong types at every field, every field left out (some are optional), an unknown field.
  for (const { path, value } of fields) {
    if (path.length === 1 && (path[0] === 'format' || path[0] === 'formatVersion')) continue;
    for (const wrong of wrongTypesFor(value)) {
      // A list of no entries where Haven writes an object is read as the empty object it means.
      const isEmptyList = Array.isArray(wrong) && wrong.length === 0;
      add(
        `${path.join('.')} = ${JSON.stringify(wrong)}`,
        withValue(valid, path, wrong),
        isEmptyList ? undefined : 'refused',
      );
    }
    add(`${path.join('.')} left out`, withValue(valid, path, undefined));
  }
  for (const { path } of objects) {
    add(
      `an unknown field in ${path.join('.') || 'the file'}`,
      withKey(valid, path, 'childName', 'x'),
      'refused',
    );
  }

  // Keys that reach a prototype, in every object of the file.
  for (const { path } of objects) {
    for (const key of RESERVED) {
      add(
        `${key} in ${path.join('.') || 'the file'}`,
        withKey(valid, path, key, { polluted: true, isAdmin: true }),
        'reserved-key',
      );
    }
  }
  add(
    '__proto__ written as text at the top',
    validText.replace('{', '{"__proto__": {"polluted": true},'),
    'reserved-key',
  );

  // HTML and script in every text field, and in keys.
  for (const { path } of texts) {
    for (const markup of MARKUP)
      add(`${markup} in ${path.join('.')}`, withValue(valid, path, markup), 'markup');
  }
  for (const { path } of objects) {
    add(
      `a key <b> in ${path.join('.') || 'the file'}`,
      withKey(valid, path, '<b>x', 'x'),
      'markup',
    );
  }

  // Deep nesting and huge lists.
  add('10,000 nested lists', nested(10_000, '[', ']'), 'refused');
  add('10,000 nested objects', nested(10_000, '{"a":', '}'), 'refused');
  add('1,000,000 nested lists', nested(1_000_000, '[', ']'), 'refused');
  const deepField = validText.replace(
    /"[^"]*"(\s*[,}\n])/,
    (_, end) => `${nested(10_000, '{"a":', '}')}${end}`,
  );
  add('10,000 nested objects in a field', deepField, 'refused');
  add(
    'nested 13 deep in a field',
    withValue(valid, freeText, JSON.parse(nested(13, '{"a":', '}'))),
    'too-deep',
  );
  const huge = Array.from({ length: 100_000 }, (_, i) => `x${i}`);
  add('a list of 100,000', withValue(valid, ['extra'], huge), 'too-many');
  add(
    'an object of 100,000 keys',
    withValue(valid, ['extra'], Object.fromEntries(huge.map((k) => [k, 1]))),
    'too-many',
  );
  add('a list of 1,001', withValue(valid, ['extra'], huge.slice(0, 1_001)), 'too-many');

  // Other encodings, and bytes that are no text.
  add('UTF-16 little-endian', readAsUtf8(utf16(validText, true)), 'not-json');
  add('UTF-16 big-endian', readAsUtf8(utf16(validText, false)), 'not-json');
  add('two byte-order marks', '\uFEFF\uFEFF' + validText, 'not-json');
  add(
    'Latin-1 bytes',
    readAsUtf8(new TextEncoder().encode(validText).map((b) => (b === 0x22 ? 0xe9 : b))),
    'not-json',
  );
  for (const [name, head] of [
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
    ['ZIP', [0x50, 0x4b, 0x03, 0x04]],
    ['gzip', [0x1f, 0x8b, 0x08]],
    ['PDF', [...new TextEncoder().encode('%PDF-1.7\n')]],
  ] as const) {
    add(
      `${name} bytes`,
      readAsUtf8(new Uint8Array([...head, ...garbageBytes(2_000, head[1])])),
      'not-json',
    );
  }
  for (const seed of [1, 2, 3])
    add(`random bytes ${seed}`, readAsUtf8(garbageBytes(5_000, seed)), 'not-json');
  add('NUL characters', '\u0000'.repeat(1_000), 'not-json');
  return cases;
}

/** Values an attacker would put anywhere. */
export const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
  fc.constantFrom<Json>(
    ...MARKUP,
    '',
    ' ',
    '\u0000',
    '\uFEFF',
    '\u202E',
    'x'.repeat(501),
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    '2026-02-30',
    '2026-11-25T25:00:00.000Z',
    '=HYPERLINK("http://x","y")',
    -0,
    1e308,
    2 ** 53,
    -1,
    0.5,
  ),
  fc.integer({ min: 13, max: 40 }).map((depth) => JSON.parse(nested(depth, '{"a":', '}')) as Json),
);

/** A key an attacker would add. */
const hostileKey = fc.oneof(
  fc.constantFrom(
    ...RESERVED,
    'toString',
    'valueOf',
    'hasOwnProperty',
    '',
    '<b>',
    'a.b',
    'x'.repeat(100),
  ),
  fc.string({ maxLength: 12 }),
);

/** One edit to a valid file: a value replaced or removed, or a key added, anywhere. */
export function editedFile(valid: Json): fc.Arbitrary<HostileCase> {
  const objects = [{ path: [] as Path, value: valid }, ...fieldsOf(valid)].filter(
    (f) => typeof f.value === 'object' && f.value !== null,
  );
  const fields = fieldsOf(valid);
  return fc.oneof(
    fc.tuple(fc.constantFrom(...fields), hostileValue).map(([{ path }, value]) => ({
      name: `${path.join('.')} = ${JSON.stringify(value).slice(0, 80)}`,
      text: JSON.stringify(withValue(valid, path, value)),
    })),
    fc.constantFrom(...fields).map(({ path }) => ({
      name: `${path.join('.')} left out`,
      text: JSON.stringify(withValue(valid, path, undefined)),
    })),
    fc
      .tuple(fc.constantFrom(...objects), hostileKey, hostileValue)
      .map(([{ path }, key, value]) => ({
        name: `key ${JSON.stringify(key).slice(0, 40)} in ${path.join('.')}`,
        text: withKey(valid, path, key, value),
      })),
  );
}

/** A valid file's text edited by hand: a slice cut out and any text put in its place. */
export function splicedText(text: string): fc.Arbitrary<HostileCase> {
  return fc
    .tuple(
      fc.nat({ max: text.length }),
      fc.nat({ max: 40 }),
      fc.oneof(
        fc.string({ maxLength: 20 }),
        fc.string({ unit: 'binary', maxLength: 20 }),
        fc.constantFrom(...MARKUP, '"', '{', '}', ',', '\\'),
      ),
    )
    .map(([at, cut, put]) => ({
      name: `at ${at}, ${cut} characters replaced by ${JSON.stringify(put)}`,
      text: text.slice(0, at) + put + text.slice(at + cut),
    }));
}

/** Text that was never a Haven file: any characters, any JSON, any bytes read as UTF-8. */
export const notAHavenFile: fc.Arbitrary<HostileCase> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }).map((text) => ({ name: 'any text', text })),
  fc.json({ maxDepth: 4 }).map((text) => ({ name: 'any JSON', text })),
  fc
    .uint8Array({ maxLength: 300 })
    .map((bytes) => ({ name: 'any bytes', text: readAsUtf8(bytes) })),
);

/** Any text in every text field of a valid file: accepted only if none of it reads as markup. */
export function anyTexts(valid: Json): fc.Arbitrary<HostileCase> {
  const texts = fieldsOf(valid).filter(
    (f) => typeof f.value === 'string' && f.path[0] !== 'format',
  );
  const piece = fc.constantFrom(
    '<',
    '>',
    '/',
    '!',
    '?',
    ' ',
    'a',
    'script',
    'javascript',
    ':',
    '=',
    '"',
    '\n',
  );
  const text = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join('')),
  );
  return fc
    .array(fc.tuple(fc.constantFrom(...texts), text), { minLength: 1, maxLength: 5 })
    .map((edits) => ({
      name: edits
        .map(([{ path }, value]) => `${path.join('.')} = ${JSON.stringify(value)}`)
        .join('; '),
      text: JSON.stringify(
        edits.reduce((data, [{ path }, value]) => withValue(data, path, value), valid),
      ),
    }));
}

/** A property that every case of `cases` comes to what it must: its faults are the failure. */
export function holdsFor(
  cases: fc.Arbitrary<HostileCase>,
  parse: (text: string) => Outcome,
): fc.IProperty<[HostileCase]> {
  return fc.property(cases, (hostile) => {
    const faults = caseFaults(hostile, parse);
    if (faults.length) throw new Error(`${hostile.name}: ${faults.join('; ')}`);
  });
}

/** How long one parse takes, in milliseconds. */
export function millisecondsFor(parse: (text: string) => unknown, text: string): number {
  const started = performance.now();
  parse(text);
  return performance.now() - started;
}

/** A fixture imported `with { loader: 'text' }`: TypeScript types a JSON one as its content. */
export function fixtureText(imported: unknown): string {
  if (typeof imported !== 'string') throw new Error('a fixture was not imported as text');
  return imported;
}
