import * as v from 'valibot';

import {
  InvalidReason,
  MAX_UNTRUSTED_BYTES,
  parseUntrusted,
  schemaProblem,
  UntrustedProblem,
} from '../untrusted-data';

/**
 * Why a backup was refused, in the shapes the other imports use (an assessment file's FileProblem
 * plus two), so the app words each with the same sentences. A backup is refused whole: a restore
 * never half-reads one.
 */
export type BackupProblem =
  | { readonly code: 'too-large' }
  | { readonly code: 'not-json' }
  /** JSON, but not from Haven: no `format`, or one Haven never wrote. */
  | { readonly code: 'not-haven' }
  /** Another Haven file (an assessment, a submission…) picked instead of a backup. */
  | { readonly code: 'other-format'; readonly format: string }
  | { readonly code: 'future-version'; readonly version: number }
  /** A record answers a questionnaire this Haven does not have (a newer Haven made the backup). */
  | { readonly code: 'unknown-questionnaire'; readonly questionnaire: string }
  | { readonly code: 'invalid'; readonly reason: InvalidReason }
  | { readonly code: 'digest-mismatch' };

export function invalid(reason: InvalidReason): BackupProblem {
  return { code: 'invalid', reason };
}

/** A field that holds something Haven never writes there; `expected` says what it writes. */
export function unexpected(field: string, expected: string): BackupProblem {
  return invalid({ code: 'wrong-type', field, expected });
}

/**
 * The shared untrusted-data walk (prototype keys, markup, list sizes, depth) over one part of the
 * file, with the limits a single file has: each record of a backup keeps the limits it would have
 * if it were imported alone. The walk takes text, so the part is written out again first; JSON
 * from `JSON.parse` writes out exactly, and only nesting too deep for the stack can make that throw.
 */
export function untrustedProblemAt(value: unknown, at: string): BackupProblem | null {
  let text: string;
  try {
    text = JSON.stringify(value) ?? 'null';
  } catch {
    return invalid({ code: 'too-deep' });
  }
  const checked = parseUntrusted(text);
  return checked.ok ? null : untrustedAt(checked.problem, at);
}

/** A problem the walk found in a part of the file, its field named from the top of the backup. */
export function untrustedAt(problem: UntrustedProblem, at: string): BackupProblem {
  if (problem.code === 'too-large' || problem.code === 'not-json') {
    // One record larger than a whole file of its kind may be: its strings are far too long.
    return unexpected(at || ROOT, `at most ${MAX_UNTRUSTED_BYTES / 1024 / 1024} MB`);
  }
  return invalid(renameField(problem, (field) => joinField(at, field)));
}

/** The first schema issue in a part of the file, named from the top of the backup. */
export function schemaProblemAt(issue: v.BaseIssue<unknown>, at: string): BackupProblem {
  return invalid(renameField(schemaProblem(issue), (field) => joinField(at, field)));
}

/** The same reason with its field renamed, for reasons that name one. */
export function renameField<R extends InvalidReason>(
  reason: R,
  rename: (field: string) => string,
): R {
  return 'field' in reason ? ({ ...reason, field: rename(reason.field) } as R) : reason;
}

/**
 * A copy of a parsed JSON object with some keys set, or left out where `changes` gives undefined.
 * Every other own key is kept, "__proto__" included: spread and rest syntax may be compiled to
 * assignments, which would make that key the copy's prototype and hide it from the walk.
 */
export function copyWith(
  object: Readonly<Record<string, unknown>>,
  changes: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const kept = Object.entries(object).filter(([key]) => !Object.hasOwn(changes, key));
  const set = Object.entries(changes).filter(([, value]) => value !== undefined);
  return Object.fromEntries([...kept, ...set]);
}

/** What untrusted-data.ts calls the whole of what it walked, when no field is to blame. */
export const ROOT = '(the file)';

/** A field inside the part at `at`: the part itself when the walk blamed all of it. */
export function joinField(at: string, field: string): string {
  if (!at) return field;
  return field === ROOT ? at : `${at}.${field}`;
}
