import * as v from 'valibot';

import { canonicalJson } from '../assessment/canonical-json';
import { InvalidReason, parseUntrusted, schemaProblem } from '../untrusted-data';
import { Answers } from '../questionnaire/answers';
import { valuesOf } from '../questionnaire/question-set-integrity';
import { openAnswers } from '../questionnaire/sets/migrations';
import { findQuestion } from '../questionnaire/visibility';
import { Assessment } from '../assessment/assessment';
import { Supplier } from './supplier';
import { SUPPLIER_CATEGORIES } from './supplier-category';

import { REQUEST_FORMAT, RESPONSE_FORMAT } from '../file-formats';

export { REQUEST_FORMAT, RESPONSE_FORMAT };
const FORMAT_VERSION = 1;

/** What a tour operator sends a supplier: who asks, about whom, and with which questionnaire. */
export interface QuestionnaireRequest {
  readonly requestId: string;
  readonly createdAt: string;
  readonly operatorName: string;
  readonly supplier: Pick<Supplier, 'id' | 'name' | 'category' | 'country' | 'locality'>;
  readonly questionnaire: { readonly id: string; readonly version: string };
}

/** What the supplier sends back: its answers to that request, sealed with a digest. */
export interface QuestionnaireResponse {
  readonly requestId: string;
  readonly supplierId: string;
  readonly questionnaire: { readonly id: string; readonly version: string };
  readonly answers: Answers;
  readonly answeredAt: string;
}

export type ExchangeProblem =
  | { readonly code: 'too-large' }
  | { readonly code: 'not-json' }
  | { readonly code: 'wrong-kind'; readonly found: string }
  | { readonly code: 'future-version'; readonly version: number }
  | { readonly code: 'invalid'; readonly reason: InvalidReason }
  | { readonly code: 'unknown-questionnaire'; readonly questionnaire: string }
  | { readonly code: 'unknown-request' }
  | { readonly code: 'other-version'; readonly expected: string; readonly found: string }
  | { readonly code: 'altered' }
  | { readonly code: 'already-attached'; readonly supplierName: string };

export type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problem: ExchangeProblem };

export function requestFileText(request: QuestionnaireRequest): string {
  return JSON.stringify(
    { format: REQUEST_FORMAT, formatVersion: FORMAT_VERSION, ...request },
    null,
    2,
  );
}

/**
 * The text the response digest is the SHA-256 of. Any change to the answers, the request it
 * answers or the questionnaire version changes it. The digest shows a file was not edited after
 * Haven wrote it; it is not a signature (there are no keys without a server).
 */
export function responseDigestInput(response: QuestionnaireResponse): string {
  return canonicalJson(response);
}

export function responseFileText(response: QuestionnaireResponse, digest: string): string {
  return JSON.stringify(
    { format: RESPONSE_FORMAT, formatVersion: FORMAT_VERSION, ...response, digest },
    null,
    2,
  );
}

export function parseRequestFile(text: string): Parsed<QuestionnaireRequest> {
  const data = envelope(text, REQUEST_FORMAT);
  if (!data.ok) return data;
  const parsed = v.safeParse(REQUEST, data.value);
  if (!parsed.success) return invalid(parsed.issues[0]);
  const { format: _format, formatVersion: _version, ...request } = parsed.output;
  // A request from an earlier Haven is answered with the questionnaire version shipped now.
  if (!openAnswers(request.questionnaire.id, request.questionnaire.version, {}))
    return unknownQuestionnaire(request.questionnaire);
  return { ok: true, value: request };
}

/**
 * Reads a response file as untrusted input; the digest is checked by `checkResponse`. `answers`
 * are the response's, brought to the questionnaire version shipped now when an earlier Haven wrote
 * it; `response` stays as sealed, so its digest can be checked.
 */
export function parseResponseFile(text: string): Parsed<{
  response: QuestionnaireResponse;
  digest: string;
  answers: Answers;
  setVersion: string;
}> {
  const data = envelope(text, RESPONSE_FORMAT);
  if (!data.ok) return data;
  const parsed = v.safeParse(RESPONSE, data.value);
  if (!parsed.success) return invalid(parsed.issues[0]);
  const { format: _format, formatVersion: _version, digest, ...response } = parsed.output;
  const opened = openAnswers(
    response.questionnaire.id,
    response.questionnaire.version,
    response.answers,
  );
  if (!opened) return unknownQuestionnaire(response.questionnaire);
  const { set, answers } = opened;
  for (const [id, value] of Object.entries(answers)) {
    const question = findQuestion(set, id);
    const isValid =
      question &&
      (question.kind === 'text'
        ? value.length <= question.maxLength
        : valuesOf(question).includes(value));
    if (!isValid) {
      const reason: InvalidReason = question
        ? { code: 'not-an-option', question: id }
        : { code: 'unknown-question', question: id };
      return { ok: false, problem: { code: 'invalid', reason } };
    }
  }
  return { ok: true, value: { response, digest, answers, setVersion: set.version } };
}

/**
 * Whether a response may attach to a supplier: it answers a request this operator sent, with the
 * questionnaire that request named (in that version, or in the newer one a supplier's updated
 * Haven answers with), and its content still matches its digest.
 */
export function checkResponse(
  response: QuestionnaireResponse,
  digest: string,
  computedDigest: string,
  suppliers: readonly Supplier[],
): Parsed<Supplier> {
  const supplier = suppliers.find(
    (s) =>
      s.id === response.supplierId && s.requests?.some((r) => r.requestId === response.requestId),
  );
  if (!supplier) return { ok: false, problem: { code: 'unknown-request' } };
  const request = supplier.requests!.find((r) => r.requestId === response.requestId)!;
  const found = `${response.questionnaire.id} ${response.questionnaire.version}`;
  const expected = `${request.setId} ${request.setVersion}`;
  const current = openAnswers(request.setId, request.setVersion, {})?.set.version;
  const isExpected =
    response.questionnaire.id === request.setId &&
    [request.setVersion, current].includes(response.questionnaire.version);
  if (!isExpected) return { ok: false, problem: { code: 'other-version', expected, found } };
  if (digest !== computedDigest) return { ok: false, problem: { code: 'altered' } };
  return { ok: true, value: supplier };
}

/**
 * Whether a supplier's answers are already attached on this device: the same response file
 * imported again (or another with exactly the same answers) would only add a copy.
 */
export function isAlreadyAttached(
  assessments: readonly Assessment[],
  supplierId: string,
  questionnaire: { readonly id: string; readonly version: string },
  answers: Answers,
): boolean {
  const these = canonicalJson(answers);
  return assessments.some(
    (a) =>
      a.supplier?.supplierId === supplierId &&
      a.supplier.answeredBy === 'supplier' &&
      a.setId === questionnaire.id &&
      a.setVersion === questionnaire.version &&
      canonicalJson(a.answers) === these,
  );
}

function envelope(text: string, format: string): Parsed<unknown> {
  const untrusted = parseUntrusted(text);
  if (!untrusted.ok) {
    const { problem } = untrusted;
    if (problem.code === 'too-large' || problem.code === 'not-json') {
      return { ok: false, problem: { code: problem.code } };
    }
    return { ok: false, problem: { code: 'invalid', reason: problem } };
  }
  const data = untrusted.value;
  const head = v.safeParse(HEAD, data);
  if (!head.success) {
    // A Haven format with a version Haven never wrote (0, "1", 1.5, none): edited or damaged.
    const isHaven = v.is(v.object({ format: v.picklist([format]) }), data);
    if (isHaven)
      return { ok: false, problem: { code: 'invalid', reason: { code: 'bad-version' } } };
    return { ok: false, problem: { code: 'wrong-kind', found: '' } };
  }
  if (head.output.format !== format)
    return { ok: false, problem: { code: 'wrong-kind', found: head.output.format } };
  const version = head.output.formatVersion;
  if (version > FORMAT_VERSION) return { ok: false, problem: { code: 'future-version', version } };
  return { ok: true, value: data };
}

function invalid(issue: v.BaseIssue<unknown>): Parsed<never> {
  return { ok: false, problem: { code: 'invalid', reason: schemaProblem(issue) } };
}

function unknownQuestionnaire(q: { id: string; version: string }): Parsed<never> {
  return {
    ok: false,
    problem: { code: 'unknown-questionnaire', questionnaire: `${q.id} ${q.version}` },
  };
}

const ID = v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{1,64}$/));
const TEXT = v.pipe(v.string(), v.maxLength(120));
const TIMESTAMP = v.pipe(v.string(), v.isoTimestamp());
const QUESTIONNAIRE = v.strictObject({
  id: v.pipe(v.string(), v.maxLength(64)),
  version: v.pipe(v.string(), v.maxLength(32)),
});
const HEAD = v.object({
  format: v.string(),
  formatVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
});
// Keys become object properties: plain identifiers only (prototype keys are refused before).
const KEY = v.pipe(v.string(), v.regex(/^[A-Za-z][A-Za-z0-9-]{0,63}$/));

const REQUEST = v.strictObject({
  format: v.literal(REQUEST_FORMAT),
  formatVersion: v.literal(FORMAT_VERSION),
  requestId: ID,
  createdAt: TIMESTAMP,
  operatorName: TEXT,
  supplier: v.strictObject({
    id: ID,
    name: TEXT,
    category: v.picklist(SUPPLIER_CATEGORIES),
    country: TEXT,
    locality: TEXT,
  }),
  questionnaire: QUESTIONNAIRE,
});

const RESPONSE = v.strictObject({
  format: v.literal(RESPONSE_FORMAT),
  formatVersion: v.literal(FORMAT_VERSION),
  requestId: ID,
  supplierId: ID,
  questionnaire: QUESTIONNAIRE,
  answers: v.pipe(v.record(KEY, v.pipe(v.string(), v.maxLength(500))), v.maxEntries(100)),
  answeredAt: TIMESTAMP,
  digest: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
});
