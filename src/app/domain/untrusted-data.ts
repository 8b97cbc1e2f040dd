import * as v from 'valibot';

import { MAX_UNTRUSTED_BYTES } from './file-formats';
import { readsAsMarkup } from './markup';

export { MAX_UNTRUSTED_BYTES };

/** No Haven file has a list or an object this long: a bigger one is an attack or another app's data. */
export const MAX_COLLECTION = 1_000;
const MAX_DEPTH = 12;
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** What is wrong with a file before its content is even looked at. Every one is worded for the user. */
export type UntrustedProblem =
  | { readonly code: 'too-large' }
  | { readonly code: 'not-json' }
  | { readonly code: 'reserved-key'; readonly key: string }
  | { readonly code: 'markup'; readonly field: string }
  | { readonly code: 'too-many'; readonly field: string; readonly count: number }
  | { readonly code: 'too-deep' }
  | { readonly code: 'missing-field'; readonly field: string }
  | { readonly code: 'extra-field'; readonly field: string }
  | { readonly code: 'wrong-type'; readonly field: string; readonly expected: string };

/** A problem inside a file that did parse as JSON. */
export type ContentProblem = Exclude<
  UntrustedProblem,
  { readonly code: 'too-large' } | { readonly code: 'not-json' }
>;

/**
 * Why a file that claims to be Haven's was refused: what the structural walk or the schema found,
 * an answer or plan entry its questionnaire cannot take, or a format version Haven never wrote.
 * The app words each one in the user's language.
 */
export type InvalidReason =
  | ContentProblem
  | { readonly code: 'bad-version' }
  | { readonly code: 'unknown-question'; readonly question: string }
  | { readonly code: 'not-an-option'; readonly question: string }
  | { readonly code: 'unknown-action'; readonly action: string };

export type Checked<T, P> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: P };

/**
 * Parses a file's text and walks the result once for what no schema should have to meet: keys that
 * reach an object's prototype, markup in text, huge lists, deep nesting. Done before the schema so
 * each gets its own message and a 100,000-element list is refused without being validated item by item.
 */
export function parseUntrusted(text: string): Checked<unknown, UntrustedProblem> {
  if (text.length > MAX_UNTRUSTED_BYTES) return { ok: false, problem: { code: 'too-large' } };
  let data: unknown;
  try {
    // A byte-order mark is how some editors save UTF-8; it is not part of the JSON.
    data = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    return { ok: false, problem: { code: 'not-json' } };
  }
  const problem = inspect(data, [], 0);
  return problem ? { ok: false, problem } : { ok: true, value: data };
}

function inspect(value: unknown, path: readonly string[], depth: number): UntrustedProblem | null {
  if (typeof value === 'string') {
    return readsAsMarkup(value) ? { code: 'markup', field: fieldName(path) } : null;
  }
  if (typeof value !== 'object' || value === null) return null;
  if (depth > MAX_DEPTH) return { code: 'too-deep' };
  const keys = Object.keys(value);
  if (keys.length > MAX_COLLECTION) {
    return { code: 'too-many', field: fieldName(path), count: keys.length };
  }
  for (const key of keys) {
    if (RESERVED_KEYS.has(key)) return { code: 'reserved-key', key };
    // Named by the object that holds it: the key itself would carry the markup into the message.
    if (readsAsMarkup(key)) return { code: 'markup', field: fieldName(path) };
    const found = inspect((value as Record<string, unknown>)[key], [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * Turns the first schema issue into a problem that names the field: missing, not expected, or of
 * the wrong type (or out of range, which is reported as what was expected).
 */
export function schemaProblem(issue: v.BaseIssue<unknown>): ContentProblem {
  const path = issue.path?.map((p) => String(p.key)) ?? [];
  const field = fieldName(path);
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    return { code: 'extra-field', field };
  }
  const last = issue.path?.at(-1);
  if (last?.origin === 'key' && issue.input !== undefined && issue.input === last.key) {
    // A key a record does not take (a missing key has no input): a field Haven does not write, or
    // the index of a list where Haven writes an object.
    return Array.isArray(last.input)
      ? { code: 'wrong-type', field: fieldName(path.slice(0, -1)), expected: 'Object' }
      : { code: 'extra-field', field };
  }
  const input: unknown = issue.input;
  if (
    (issue.type === 'max_entries' || issue.type === 'max_length') &&
    typeof input === 'object' &&
    input !== null
  ) {
    return { code: 'too-many', field, count: Object.keys(input).length };
  }
  if (issue.input === undefined && issue.kind === 'schema') {
    // A list where an object belongs passes the object check but lacks every key: name the list.
    const parent = issue.path?.at(-1)?.input;
    if (Array.isArray(parent)) {
      return { code: 'wrong-type', field: fieldName(path.slice(0, -1)), expected: 'Object' };
    }
    return { code: 'missing-field', field };
  }
  return { code: 'wrong-type', field, expected: expectedOf(issue) };
}

function expectedOf(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema') return issue.expected ?? issue.type;
  // A validation (length, format, range): its requirement says what was expected. Never its
  // message, which quotes the value received: a 4 MB value would become a 4 MB message.
  const kind = issue.type.replace(/_/g, ' ');
  return issue.expected ? `${kind} ${issue.expected}` : kind;
}

/** Haven's keys are at most 64 characters: a longer one is shortened, so messages stay short. */
const MAX_KEY_SHOWN = 64;

function fieldName(path: readonly string[]): string {
  const shown = path.map((key) =>
    key.length > MAX_KEY_SHOWN ? `${key.slice(0, MAX_KEY_SHOWN)}…` : key,
  );
  return shown.length ? shown.join('.') : '(the file)';
}
