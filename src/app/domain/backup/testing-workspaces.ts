import fc from 'fast-check';

import { Assessment, PLAN_STATUSES, PlanEntry } from '../assessment/assessment';
import { QuestionSet } from '../questionnaire/question-set';
import { ALL_QUESTION_SETS } from '../questionnaire/sets';
import { ACCOMMODATION } from '../questionnaire/sets/accommodation';
import { TOURISM_SERVICES } from '../questionnaire/sets/tourism-services';
import { findQuestion } from '../questionnaire/visibility';
import { ReceivedSubmission, REVIEW_STATUSES } from '../review/review';
import { ReviewResponse } from '../review/review-response';
import { sampleSubmission } from '../review/testing-submissions';
import { CLAUSE_STATUSES, SentRequest, Supplier } from '../suppliers/supplier';
import { SUPPLIER_CATEGORIES } from '../suppliers/supplier-category';
import { answersFor } from '../testing/answer-arbitraries';
import { Workspace, WorkspaceSettings } from './workspace';

// Workspaces as Haven could hold them, for the backup specs: every record valid for its own
// file's parser, text with quotes, backslashes, line breaks and non-Latin letters but no markup.

const LETTERS = [...'abcdefgh XYZ-.,:;\'"\\/&>\n\té中ß'];
// Two units in UTF-16: lengths are counted in those units.
const UNITS = fc.oneof(fc.constantFrom(...LETTERS), fc.constant('🏨'));

export function text(maxLength: number): fc.Arbitrary<string> {
  return fc.string({ unit: UNITS, maxLength: Math.min(20, Math.floor(maxLength / 2)) });
}

export const timestamp = fc
  .date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z') })
  .filter((d) => !Number.isNaN(d.getTime()))
  .map((d) => d.toISOString());
const hex64 = fc
  .array(fc.constantFrom(...'0123456789abcdef'), { minLength: 64, maxLength: 64 })
  .map((chars) => chars.join(''));
const NO_NULL = { noNullPrototype: true } as const;

const planEntry: fc.Arbitrary<PlanEntry> = fc.record(
  {
    owner: text(120),
    due: fc.oneof(
      fc.constant(''),
      timestamp.map((t) => t.slice(0, 10)),
    ),
    status: fc.constantFrom(...PLAN_STATUSES),
    note: text(500),
  },
  NO_NULL,
);

const review: fc.Arbitrary<ReviewResponse> = fc.record(
  {
    submissionId: fc.uuid(),
    businessId: fc.uuid(),
    businessName: text(200),
    reviewerName: text(200),
    reviewedAt: timestamp,
    status: fc.constantFrom(...REVIEW_STATUSES),
    note: text(2000),
    comments: fc.array(
      fc.record(
        {
          question: fc.constantFrom('hasBar', 'hourlyRental', 'ctlPolicy'),
          comment: text(1000),
          evidenceRequested: fc.boolean(),
        },
        NO_NULL,
      ),
      { maxLength: 2 },
    ),
  },
  NO_NULL,
);

function assessmentOf(set: QuestionSet): fc.Arbitrary<Assessment> {
  return fc.record(
    {
      id: fc.uuid(),
      setId: fc.constant(set.id),
      setVersion: fc.constant(set.version),
      // The register's facts are added when a supplier is scored, never stored with the answers.
      answers: answersFor(set).map((answers) =>
        Object.fromEntries(Object.entries(answers).filter(([id]) => findQuestion(set, id))),
      ),
      plan: fc.dictionary(fc.constantFrom(...set.actions.map((a) => a.id)), planEntry, {
        maxKeys: 3,
        noNullPrototype: true,
      }),
      step: fc.nat(50),
      createdAt: timestamp,
      updatedAt: timestamp,
      supplier: fc.record(
        { supplierId: fc.uuid(), answeredBy: fc.constantFrom('operator', 'supplier') },
        NO_NULL,
      ),
      request: fc.record(
        { requestId: fc.uuid(), supplierId: fc.uuid(), operatorName: text(120) },
        NO_NULL,
      ),
      businessId: fc.uuid(),
      submission: fc.record(
        { submissionId: fc.uuid(), submittedAt: timestamp, digest: hex64 },
        NO_NULL,
      ),
      review,
    },
    {
      requiredKeys: [
        'id',
        'setId',
        'setVersion',
        'answers',
        'plan',
        'step',
        'createdAt',
        'updatedAt',
      ],
      noNullPrototype: true,
    },
  );
}

export const assessment: fc.Arbitrary<Assessment> = fc
  .constantFrom(...ALL_QUESTION_SETS)
  .chain(assessmentOf);

const request: fc.Arbitrary<SentRequest> = fc.record(
  {
    requestId: fc.uuid(),
    setId: fc.constantFrom(...ALL_QUESTION_SETS.map((s) => s.id)),
    setVersion: fc.constant('2.0.0'),
    sentAt: timestamp,
  },
  NO_NULL,
);

export const supplier: fc.Arbitrary<Supplier> = fc.record(
  {
    id: fc.uuid(),
    name: text(120),
    category: fc.constantFrom(...SUPPLIER_CATEGORIES),
    country: text(120),
    locality: text(120),
    volume: fc.nat(999_999_999),
    clauseStatus: fc.constantFrom(...CLAUSE_STATUSES),
    contact: text(200),
    createdAt: timestamp,
    updatedAt: timestamp,
    requests: fc.uniqueArray(request, { selector: (r) => r.requestId, maxLength: 2 }),
  },
  {
    requiredKeys: [
      'id',
      'name',
      'category',
      'country',
      'locality',
      'volume',
      'clauseStatus',
      'contact',
      'createdAt',
      'updatedAt',
    ],
    noNullPrototype: true,
  },
);

const MISMATCHES = [
  { what: 'overall', recorded: 'low', recomputed: 'high' },
  { what: 'item', itemId: 'exploitation', recorded: 'low (2 → 1)', recomputed: '—' },
  { what: 'red-flags', recorded: '—', recomputed: 'orphanage-visits, hourly-rooms' },
] as const;

export const submission: fc.Arbitrary<ReceivedSubmission> = fc
  .record(
    {
      set: fc.constantFrom(ACCOMMODATION, TOURISM_SERVICES),
      id: fc.uuid(),
      businessId: fc.uuid(),
      submittedAt: timestamp,
      digest: hex64,
      fileName: text(1000),
      receivedAt: timestamp,
      mismatches: fc.subarray([...MISMATCHES]),
      status: fc.constantFrom(...REVIEW_STATUSES),
      note: text(2000),
      remarks: fc.array(fc.tuple(text(1000), fc.boolean()), { maxLength: 3 }),
      updatedAt: timestamp,
    },
    NO_NULL,
  )
  .chain((drawn) => answersFor(drawn.set).map((answers) => ({ ...drawn, answers })))
  .map((drawn) => {
    const sealed = sampleSubmission(
      drawn.answers,
      { submissionId: drawn.id, businessId: drawn.businessId, submittedAt: drawn.submittedAt },
      drawn.set,
    );
    const questions = Object.keys(sealed.answers);
    return {
      id: drawn.id,
      submission: sealed,
      digest: drawn.digest,
      fileName: drawn.fileName,
      receivedAt: drawn.receivedAt,
      recomputed: sealed.result,
      mismatches: drawn.mismatches,
      review: {
        status: drawn.status,
        note: drawn.note,
        comments: Object.fromEntries(
          drawn.remarks.flatMap(([comment, evidenceRequested], index) =>
            index < questions.length ? [[questions[index], { comment, evidenceRequested }]] : [],
          ),
        ),
        updatedAt: drawn.updatedAt,
      },
    };
  });

export const settings: fc.Arbitrary<WorkspaceSettings> = fc.record(
  { reviewerName: text(120), operatorName: text(120) },
  NO_NULL,
);

/** A workspace of up to `maxRecords` records in each list, ids unique in each. */
export function workspace(maxRecords = 3): fc.Arbitrary<Workspace> {
  const list = <T extends { id: string }>(record: fc.Arbitrary<T>) =>
    fc.uniqueArray(record, { selector: (r) => r.id, maxLength: maxRecords });
  return fc.record(
    {
      assessments: list(assessment),
      suppliers: list(supplier),
      submissions: list(submission),
      settings,
    },
    NO_NULL,
  );
}
