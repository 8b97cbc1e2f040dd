import * as v from 'valibot';

import { PLAN_STATUSES } from '../assessment/assessment';
import { valuesOf } from '../questionnaire/question-set-integrity';
import { findQuestion } from '../questionnaire/visibility';
import { BANDS } from '../scoring/risk-band';
import { recompute } from './recompute';
import { newReview, ReceivedSubmission } from './review';
import {
  openSubmission,
  Submission,
  SUBMISSION_FORMAT,
  SUBMISSION_FORMAT_VERSION,
} from './submission';
import { Checked, parseUntrusted, schemaProblem, UntrustedProblem } from '../untrusted-data';

export type SubmissionProblem =
  | UntrustedProblem
  | { readonly code: 'not-submission'; readonly found: string }
  | { readonly code: 'future-version'; readonly version: number }
  | { readonly code: 'wrong-version' }
  | { readonly code: 'unknown-questionnaire'; readonly questionnaire: string }
  | { readonly code: 'invalid-answer'; readonly question: string }
  | { readonly code: 'unknown-action'; readonly action: string }
  | { readonly code: 'altered' }
  | { readonly code: 'duplicate'; readonly businessName: string };

export interface SealedSubmission {
  readonly submission: Submission;
  readonly digest: string;
}

/**
 * Reads a submission package as untrusted input: size, JSON, prototype keys, markup, list sizes,
 * format and version, every field's presence and type (no extra ones), a questionnaire this Haven
 * has, and answers each question can take. The digest is checked by `receiveSubmission`.
 */
export function parseSubmissionFile(text: string): Checked<SealedSubmission, SubmissionProblem> {
  const data = parseUntrusted(text);
  if (!data.ok) return data;
  const head = v.safeParse(HEAD, data.value);
  if (!head.success) return fail({ code: 'not-submission', found: '' });
  if (head.output.format !== SUBMISSION_FORMAT) {
    return fail({ code: 'not-submission', found: head.output.format });
  }
  const version = head.output.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail({ code: 'wrong-version' });
  }
  if (version > SUBMISSION_FORMAT_VERSION) return fail({ code: 'future-version', version });

  const parsed = v.safeParse(PACKAGE, data.value, { abortEarly: true });
  if (!parsed.success) return fail(schemaProblem(parsed.issues[0]));
  const { format: _format, formatVersion: _version, digest, ...submission } = parsed.output;

  const opened = openSubmission(submission);
  if (!opened) {
    return fail({
      code: 'unknown-questionnaire',
      questionnaire: `${submission.questionnaire.id} ${submission.questionnaire.version}`,
    });
  }
  const { set } = opened;
  for (const [id, value] of Object.entries(opened.answers)) {
    const question = findQuestion(set, id);
    const fits =
      question &&
      (question.kind === 'text'
        ? value.length <= question.maxLength
        : valuesOf(question).includes(value));
    if (!fits) return fail({ code: 'invalid-answer', question: id });
  }
  const actionIds = new Set(set.actions.map((a) => a.id));
  const unknownAction = Object.keys(submission.plan).find((id) => !actionIds.has(id));
  if (unknownAction) return fail({ code: 'unknown-action', action: unknownAction });
  return { ok: true, value: { submission, digest } };
}

/**
 * Admits a parsed package to the reviewer's store: its content must still match its digest and it
 * must not be there already. Its result is recomputed with Haven's engine; differences are kept as
 * mismatches for the reviewer to see, never dropped.
 */
export function receiveSubmission(
  sealed: SealedSubmission,
  computedDigest: string,
  received: Readonly<Record<string, ReceivedSubmission | undefined>>,
  fileName: string,
  receivedAt: string,
): Checked<ReceivedSubmission, SubmissionProblem> {
  const { submission, digest } = sealed;
  if (digest !== computedDigest) return fail({ code: 'altered' });
  const same = Object.values(received).find(
    (r) => r && (r.id === submission.submissionId || r.digest === digest),
  );
  if (same) return fail({ code: 'duplicate', businessName: same.submission.profile.name });
  const { set, answers } = openSubmission(submission)!;
  const { recomputed, mismatches } = recompute(set, answers, submission.result);
  return {
    ok: true,
    value: {
      id: submission.submissionId,
      submission,
      digest,
      fileName,
      receivedAt,
      recomputed,
      mismatches,
      review: newReview(receivedAt),
    },
  };
}

function fail(problem: SubmissionProblem): { ok: false; problem: SubmissionProblem } {
  return { ok: false, problem };
}

const HEAD = v.object({ format: v.string(), formatVersion: v.optional(v.unknown()) });
const ID = v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{1,64}$/));
const NAME = v.pipe(v.string(), v.maxLength(200));
const TIMESTAMP = v.pipe(v.string(), v.isoTimestamp());
// Keys become object properties: plain identifiers only (prototype keys are refused before).
const KEY = v.pipe(v.string(), v.regex(/^[A-Za-z][A-Za-z0-9-]{0,63}$/));
const BAND = v.picklist(BANDS);
const SCORE = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(25));

const PACKAGE = v.strictObject({
  format: v.literal(SUBMISSION_FORMAT),
  formatVersion: v.literal(SUBMISSION_FORMAT_VERSION),
  submissionId: ID,
  businessId: ID,
  submittedAt: TIMESTAMP,
  profile: v.strictObject({ name: NAME, country: NAME, locality: NAME }),
  questionnaire: v.strictObject({
    id: v.pipe(v.string(), v.maxLength(64)),
    version: v.pipe(v.string(), v.maxLength(32)),
  }),
  answers: v.record(KEY, v.pipe(v.string(), v.maxLength(500))),
  plan: v.record(
    KEY,
    v.strictObject({
      owner: v.pipe(v.string(), v.maxLength(120)),
      due: v.union([v.literal(''), v.pipe(v.string(), v.isoDate())]),
      status: v.picklist(PLAN_STATUSES),
      note: v.pipe(v.string(), v.maxLength(500)),
    }),
  ),
  result: v.strictObject({
    overallBand: BAND,
    redFlags: v.array(KEY),
    unverified: v.array(KEY),
    items: v.array(
      v.strictObject({ id: KEY, inherentScore: SCORE, residualScore: SCORE, band: BAND }),
    ),
  }),
  digest: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
});
