import * as v from 'valibot';

import { canonicalJson } from '../assessment/canonical-json';
import { ReceivedSubmission, REVIEW_STATUSES, ReviewStatus } from './review';
import { Checked, parseUntrusted, schemaProblem, UntrustedProblem } from '../untrusted-data';

import { REVIEW_RESPONSE_FORMAT } from '../file-formats';

export { REVIEW_RESPONSE_FORMAT };
export const REVIEW_RESPONSE_FORMAT_VERSION = 1;

/** What the reviewer sends back to the business: the decision and a remark per answer. */
export interface ReviewResponse {
  readonly submissionId: string;
  readonly businessId: string;
  readonly businessName: string;
  readonly reviewerName: string;
  readonly reviewedAt: string;
  readonly status: ReviewStatus;
  readonly note: string;
  readonly comments: readonly ReviewComment[];
}

export interface ReviewComment {
  readonly question: string;
  readonly comment: string;
  readonly evidenceRequested: boolean;
}

export type ReviewResponseProblem =
  | UntrustedProblem
  | { readonly code: 'not-review-response'; readonly found: string }
  | { readonly code: 'future-version'; readonly version: number }
  | { readonly code: 'wrong-version' }
  | { readonly code: 'altered' }
  | { readonly code: 'unknown-submission' }
  | { readonly code: 'already-attached' }
  | { readonly code: 'older'; readonly attachedAt: string; readonly reviewedAt: string };

/**
 * Whether a review response may replace the one already attached to a submission: a reviewer may
 * send a second decision, but an older file opened later must not undo a newer one, and the same
 * file opened twice changes nothing.
 */
export function reviewSupersedes(
  attached: ReviewResponse | undefined,
  incoming: ReviewResponse,
): { readonly ok: true } | { readonly ok: false; readonly problem: ReviewResponseProblem } {
  if (!attached) return { ok: true };
  const attachedAt = Date.parse(attached.reviewedAt);
  const reviewedAt = Date.parse(incoming.reviewedAt);
  if (reviewedAt > attachedAt) return { ok: true };
  if (reviewedAt === attachedAt && canonicalJson(attached) === canonicalJson(incoming)) {
    return { ok: false, problem: { code: 'already-attached' } };
  }
  return {
    ok: false,
    problem: { code: 'older', attachedAt: attached.reviewedAt, reviewedAt: incoming.reviewedAt },
  };
}

/** The text the response digest is the SHA-256 of (see `submissionDigestInput` for what it proves). */
export function reviewResponseDigestInput(response: ReviewResponse): string {
  return canonicalJson(response);
}

export function reviewResponseFileText(response: ReviewResponse, digest: string): string {
  return JSON.stringify(
    {
      format: REVIEW_RESPONSE_FORMAT,
      formatVersion: REVIEW_RESPONSE_FORMAT_VERSION,
      ...response,
      digest,
    },
    null,
    2,
  );
}

/** Reads a review response as untrusted input; the digest is compared by the caller. */
export function parseReviewResponseFile(
  text: string,
): Checked<{ response: ReviewResponse; digest: string }, ReviewResponseProblem> {
  const data = parseUntrusted(text);
  if (!data.ok) return data;
  const head = v.safeParse(HEAD, data.value);
  if (!head.success) return fail({ code: 'not-review-response', found: '' });
  if (head.output.format !== REVIEW_RESPONSE_FORMAT) {
    return fail({ code: 'not-review-response', found: head.output.format });
  }
  const version = head.output.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail({ code: 'wrong-version' });
  }
  if (version > REVIEW_RESPONSE_FORMAT_VERSION) return fail({ code: 'future-version', version });
  const parsed = v.safeParse(FILE, data.value, { abortEarly: true });
  if (!parsed.success) return fail(schemaProblem(parsed.issues[0]));
  const { format: _format, formatVersion: _version, digest, ...response } = parsed.output;
  return { ok: true, value: { response, digest } };
}

function fail(problem: ReviewResponseProblem): { ok: false; problem: ReviewResponseProblem } {
  return { ok: false, problem };
}

const HEAD = v.object({ format: v.string(), formatVersion: v.optional(v.unknown()) });
const ID = v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{1,64}$/));
const NAME = v.pipe(v.string(), v.maxLength(200));

const BODY = {
  submissionId: ID,
  businessId: ID,
  businessName: NAME,
  reviewerName: NAME,
  reviewedAt: v.pipe(v.string(), v.isoTimestamp()),
  status: v.picklist(REVIEW_STATUSES),
  note: v.pipe(v.string(), v.maxLength(2000)),
  comments: v.pipe(
    v.array(
      v.strictObject({
        question: v.pipe(v.string(), v.regex(/^[A-Za-z][A-Za-z0-9-]{0,63}$/)),
        comment: v.pipe(v.string(), v.maxLength(1000)),
        evidenceRequested: v.boolean(),
      }),
    ),
    v.maxLength(300),
  ),
};

/** A review response as kept with the assessment it answers (in exported assessment files too). */
export const REVIEW_RESPONSE_SCHEMA = v.strictObject(BODY);

const FILE = v.strictObject({
  format: v.literal(REVIEW_RESPONSE_FORMAT),
  formatVersion: v.literal(REVIEW_RESPONSE_FORMAT_VERSION),
  ...BODY,
  digest: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
});

/** The response for a reviewed submission: every answer the reviewer remarked on, in question order. */
export function reviewResponseOf(
  received: ReceivedSubmission,
  reviewerName: string,
  reviewedAt: string,
): ReviewResponse {
  const order = Object.keys(received.submission.answers);
  return {
    submissionId: received.id,
    businessId: received.submission.businessId,
    businessName: received.submission.profile.name,
    reviewerName,
    reviewedAt,
    status: received.review.status,
    note: received.review.note,
    comments: Object.entries(received.review.comments)
      .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
      .map(([question, remark]) => ({ question, ...remark })),
  };
}
