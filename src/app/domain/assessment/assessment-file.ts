import * as v from 'valibot';

import { findQuestion } from '../questionnaire/visibility';
import { findQuestionSet } from '../questionnaire/sets';
import { valuesOf } from '../questionnaire/question-set-integrity';
import { REVIEW_RESPONSE_SCHEMA } from '../review/review-response';
import { InvalidReason, parseUntrusted, schemaProblem, UntrustedProblem } from '../untrusted-data';
import { Assessment, PLAN_STATUSES } from './assessment';
import { migrateAssessment } from './migrate-assessment';

export const ASSESSMENT_FILE_FORMAT = 'haven-assessment';
export const ASSESSMENT_FILE_VERSION = 1;

export type FileProblem =
  | { readonly code: 'too-large' }
  | { readonly code: 'not-json' }
  | { readonly code: 'not-haven' }
  | { readonly code: 'future-version'; readonly version: number }
  | { readonly code: 'unknown-questionnaire'; readonly questionnaire: string }
  | { readonly code: 'invalid'; readonly reason: InvalidReason };

export type ParsedFile =
  | { readonly ok: true; readonly assessment: Assessment }
  | { readonly ok: false; readonly problem: FileProblem };

/** The text of an exported assessment file. */
export function assessmentFileText(assessment: Assessment, exportedAt: string): string {
  return JSON.stringify(
    {
      format: ASSESSMENT_FILE_FORMAT,
      formatVersion: ASSESSMENT_FILE_VERSION,
      exportedAt,
      assessment,
    },
    null,
    2,
  );
}

/**
 * Reads an assessment file as untrusted input: checks size, JSON, format and version, every field's
 * type and length, and that each answer belongs to a question of a questionnaire Haven has, with a
 * value that question can take. Returns the first problem found, in a form the UI can word.
 */
export function parseAssessmentFile(text: string): ParsedFile {
  // Checked before the schema: prototype keys, markup, huge lists and deep nesting each get named.
  const untrusted = parseUntrusted(text);
  if (!untrusted.ok) return fail(asFileProblem(untrusted.problem));
  const data = untrusted.value;
  if (!v.is(FORMAT, data)) return fail({ code: 'not-haven' });
  // Haven's own format, with a version Haven never wrote (0, "1", 1.5, none): edited or damaged.
  const envelope = v.safeParse(ENVELOPE, data);
  if (!envelope.success) return fail({ code: 'invalid', reason: { code: 'bad-version' } });
  const version = envelope.output.formatVersion;
  if (version > ASSESSMENT_FILE_VERSION) return fail({ code: 'future-version', version });

  const parsed = v.safeParse(FILE, data);
  if (!parsed.success) return fail({ code: 'invalid', reason: schemaProblem(parsed.issues[0]) });
  const stored = parsed.output.assessment;

  // A file from an earlier Haven opens with the questionnaire shipped now (migrations.ts); its
  // answers are then checked against that version like any other.
  const assessment = migrateAssessment(stored);
  const set = assessment && findQuestionSet(assessment.setId, assessment.setVersion);
  if (!assessment || !set) {
    return fail({
      code: 'unknown-questionnaire',
      questionnaire: `${stored.setId} ${stored.setVersion}`,
    });
  }
  for (const [id, value] of Object.entries(assessment.answers)) {
    const question = findQuestion(set, id);
    if (!question)
      return fail({ code: 'invalid', reason: { code: 'unknown-question', question: id } });
    if (
      question.kind === 'text'
        ? value.length > question.maxLength
        : !valuesOf(question).includes(value)
    ) {
      return fail({ code: 'invalid', reason: { code: 'not-an-option', question: id } });
    }
  }
  const actionIds = new Set(set.actions.map((a) => a.id));
  const unknownAction = Object.keys(assessment.plan).find((id) => !actionIds.has(id));
  if (unknownAction)
    return fail({ code: 'invalid', reason: { code: 'unknown-action', action: unknownAction } });
  return { ok: true, assessment };
}

function asFileProblem(problem: UntrustedProblem): FileProblem {
  return problem.code === 'too-large' || problem.code === 'not-json'
    ? { code: problem.code }
    : { code: 'invalid', reason: problem };
}

function fail(problem: FileProblem): ParsedFile {
  return { ok: false, problem };
}

// Keys become object properties: allow plain identifiers only.
const KEY = v.pipe(v.string(), v.regex(/^[A-Za-z][A-Za-z0-9-]{0,63}$/));
const SHORT_TEXT = v.pipe(v.string(), v.maxLength(500));
const ID = v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{1,64}$/));
const TIMESTAMP = v.pipe(v.string(), v.isoTimestamp());

const FORMAT = v.object({ format: v.literal(ASSESSMENT_FILE_FORMAT) });
const ENVELOPE = v.object({
  format: v.literal(ASSESSMENT_FILE_FORMAT),
  formatVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

const PLAN_ENTRY = v.strictObject({
  owner: v.pipe(v.string(), v.maxLength(120)),
  due: v.union([v.literal(''), v.pipe(v.string(), v.isoDate())]),
  status: v.picklist(PLAN_STATUSES),
  note: SHORT_TEXT,
});

const FILE = v.strictObject({
  format: v.literal(ASSESSMENT_FILE_FORMAT),
  formatVersion: v.literal(ASSESSMENT_FILE_VERSION),
  exportedAt: TIMESTAMP,
  assessment: v.strictObject({
    id: ID,
    setId: v.pipe(v.string(), v.maxLength(64)),
    setVersion: v.pipe(v.string(), v.maxLength(32)),
    answers: v.pipe(v.record(KEY, SHORT_TEXT), v.maxEntries(300)),
    plan: v.pipe(v.record(KEY, PLAN_ENTRY), v.maxEntries(100)),
    step: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(50)),
    createdAt: TIMESTAMP,
    updatedAt: TIMESTAMP,
    request: v.optional(
      v.strictObject({
        requestId: ID,
        supplierId: ID,
        operatorName: v.pipe(v.string(), v.maxLength(120)),
      }),
    ),
    supplier: v.optional(
      v.strictObject({
        supplierId: ID,
        answeredBy: v.picklist(['operator', 'supplier']),
      }),
    ),
    businessId: v.optional(ID),
    submission: v.optional(
      v.strictObject({
        submissionId: ID,
        submittedAt: TIMESTAMP,
        digest: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
      }),
    ),
    review: v.optional(REVIEW_RESPONSE_SCHEMA),
  }),
});
