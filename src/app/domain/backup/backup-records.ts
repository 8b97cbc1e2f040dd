import * as v from 'valibot';

import { Assessment } from '../assessment/assessment';
import {
  ASSESSMENT_FILE_FORMAT,
  ASSESSMENT_FILE_VERSION,
  parseAssessmentFile,
} from '../assessment/assessment-file';
import { ReceivedSubmission } from '../review/review';
import { SUBMISSION_FORMAT, SUBMISSION_FORMAT_VERSION } from '../review/submission';
import { parseSubmissionFile, SubmissionProblem } from '../review/submission-file';
import { Supplier } from '../suppliers/supplier';
import { Checked } from '../untrusted-data';
import {
  BackupProblem,
  copyWith,
  invalid,
  joinField,
  renameField,
  schemaProblemAt,
  unexpected,
  untrustedAt,
  untrustedProblemAt,
} from './backup-problem';
import { RECEIVED_SCHEMA, SUPPLIER_SCHEMA } from './record-schemas';

// Each record of a backup is checked as strictly as when it is imported alone: an assessment by
// the assessment file's parser, a submission's sealed package by the submission file's. Each is
// handed to that parser as the file it would have been, so any rule added there applies here too.

type Read<T> = Checked<readonly T[], BackupProblem>;

/**
 * Assessments as the app holds them, each brought to the questionnaire version shipped now where
 * an earlier Haven wrote it (as the app does when it loads its own store).
 */
export function readAssessments(items: readonly unknown[]): Read<Assessment> {
  const read: Assessment[] = [];
  for (const [index, item] of items.entries()) {
    const at = `workspace.assessments.${index}`;
    const text = writeOut({
      format: ASSESSMENT_FILE_FORMAT,
      formatVersion: ASSESSMENT_FILE_VERSION,
      exportedAt: ANY_TIME,
      assessment: item,
    });
    if (text === undefined) return fail(invalid({ code: 'too-deep' }));
    const parsed = parseAssessmentFile(text);
    if (!parsed.ok) {
      const { problem } = parsed;
      if (problem.code === 'unknown-questionnaire') return fail(problem);
      if (problem.code === 'invalid') {
        return fail(invalid(renameField(problem.reason, (f) => rebase(f, 'assessment', at))));
      }
      // Only a record over a file's size limit gets here: the wrapper around it is Haven's own.
      return fail(untrustedAt({ code: 'too-large' }, at));
    }
    read.push(parsed.assessment);
  }
  return uniqueIds(read, 'assessments');
}

export function readSuppliers(items: readonly unknown[]): Read<Supplier> {
  const read: Supplier[] = [];
  for (const [index, item] of items.entries()) {
    const at = `workspace.suppliers.${index}`;
    const untrusted = untrustedProblemAt(item, at);
    if (untrusted) return fail(untrusted);
    const parsed = v.safeParse(SUPPLIER_SCHEMA, item, { abortEarly: true });
    if (!parsed.success) return fail(schemaProblemAt(parsed.issues[0], at));
    const repeated = firstRepeat((parsed.output.requests ?? []).map((r) => r.requestId));
    if (repeated !== undefined)
      return fail(unexpected(`${at}.requests.${repeated}.requestId`, ONCE));
    read.push(parsed.output);
  }
  return uniqueIds(read, 'suppliers');
}

/**
 * Received submissions: the sealed package exactly as it came (its digest must still match it),
 * with the review and the result Haven computed when it was received.
 */
export function readSubmissions(items: readonly unknown[]): Read<ReceivedSubmission> {
  const read: ReceivedSubmission[] = [];
  for (const [index, item] of items.entries()) {
    const at = `workspace.submissions.${index}`;
    if (!isRecord(item)) return fail(unexpected(at, 'Object'));
    const rest = copyWith(item, { submission: undefined });
    const untrusted = untrustedProblemAt(rest, at);
    if (untrusted) return fail(untrusted);
    const sealed = readSealed(item['submission'], item['digest'], at);
    if (!sealed.ok) return sealed;
    const parsed = v.safeParse(RECEIVED_SCHEMA, rest, { abortEarly: true });
    if (!parsed.success) return fail(schemaProblemAt(parsed.issues[0], at));
    const { id, digest, fileName, receivedAt, recomputed, mismatches, review } = parsed.output;
    if (id !== sealed.value.submissionId) return fail(unexpected(`${at}.id`, 'the submissionId'));
    read.push({
      id,
      submission: sealed.value,
      digest,
      fileName,
      receivedAt,
      recomputed,
      mismatches,
      review,
    });
  }
  return uniqueIds(read, 'submissions');
}

function readSealed(submission: unknown, digest: unknown, at: string) {
  const inPackage = `${at}.submission`;
  if (submission === undefined) return fail(invalid({ code: 'missing-field', field: inPackage }));
  if (!isRecord(submission)) return fail(unexpected(inPackage, 'Object'));
  // The package's own envelope is added below; one inside the record is not Haven's.
  const envelopeKey = ['format', 'formatVersion', 'digest'].find((key) =>
    Object.hasOwn(submission, key),
  );
  if (envelopeKey)
    return fail(invalid({ code: 'extra-field', field: `${inPackage}.${envelopeKey}` }));
  const text = writeOut(
    copyWith(submission, {
      format: SUBMISSION_FORMAT,
      formatVersion: SUBMISSION_FORMAT_VERSION,
      digest,
    }),
  );
  if (text === undefined) return fail(invalid({ code: 'too-deep' }));
  const parsed = parseSubmissionFile(text);
  if (!parsed.ok) return fail(sealedProblem(parsed.problem, at));
  return { ok: true as const, value: parsed.value.submission };
}

/** A problem in a sealed package, named from the top of the backup (the digest sits beside it). */
function sealedProblem(problem: SubmissionProblem, at: string): BackupProblem {
  switch (problem.code) {
    case 'unknown-questionnaire':
      return problem;
    case 'invalid-answer':
      return invalid({ code: 'not-an-option', question: problem.question });
    case 'unknown-action':
      return invalid(problem);
    case 'reserved-key':
    case 'markup':
    case 'too-many':
    case 'too-deep':
    case 'missing-field':
    case 'extra-field':
    case 'wrong-type':
      return invalid(
        renameField(problem, (f) =>
          f === 'digest' ? `${at}.digest` : joinField(`${at}.submission`, f),
        ),
      );
    case 'too-large':
      return untrustedAt(problem, `${at}.submission`);
    default:
      // Envelope and seal problems, which the package written above cannot have.
      return unexpected(`${at}.submission`, 'a sealed submission');
  }
}

/** Ids are how records are matched on restore: a second record with the same id is not Haven's. */
function uniqueIds<T extends { readonly id: string }>(records: T[], list: string): Read<T> {
  const repeated = firstRepeat(records.map((r) => r.id));
  if (repeated !== undefined) return fail(unexpected(`workspace.${list}.${repeated}.id`, ONCE));
  return { ok: true, value: records };
}

/** The index of the first value seen before, in one pass. */
function firstRepeat(values: readonly string[]): number | undefined {
  const seen = new Set<string>();
  for (const [index, value] of values.entries()) {
    if (seen.has(value)) return index;
    seen.add(value);
  }
  return undefined;
}

/** `from.x` as `to.x`: a field of the wrapped file named from the top of the backup. */
function rebase(field: string, from: string, to: string): string {
  if (field === from) return to;
  return field.startsWith(`${from}.`) ? to + field.slice(from.length) : to;
}

function writeOut(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    // Only nesting too deep for the stack makes JSON from JSON.parse fail to write out.
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(problem: BackupProblem): { readonly ok: false; readonly problem: BackupProblem } {
  return { ok: false, problem };
}

const ONCE = 'an id used once in its list';
// The wrapper's export time: any valid one, since the record is what is being checked.
const ANY_TIME = '2000-01-01T00:00:00.000Z';
