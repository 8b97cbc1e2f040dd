import * as v from 'valibot';

import { REVIEW_STATUSES } from '../review/review';
import { BANDS } from '../scoring/risk-band';
import { CLAUSE_STATUSES } from '../suppliers/supplier';
import { SUPPLIER_CATEGORIES } from '../suppliers/supplier-category';

// What a backup holds that no other Haven file does: supplier records, and a received submission's
// review and recomputed result. Assessments and sealed submissions are read by their own files'
// parsers (backup-records.ts), so their rules live in one place. Bounds are those of the forms
// and files the values come from, so that nothing Haven stored is refused.

export const ID = v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{1,64}$/));
export const TIMESTAMP = v.pipe(v.string(), v.isoTimestamp());
export const DIGEST = v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/));
// Keys become object properties: plain identifiers only (prototype keys are refused before).
const KEY = v.pipe(v.string(), v.regex(/^[A-Za-z][A-Za-z0-9-]{0,63}$/));
// The supplier form and the CSV import allow 120 characters (200 for a contact); a review
// response names a reviewer in up to 200.
const TEXT = v.pipe(v.string(), v.maxLength(120));
const NAME = v.pipe(v.string(), v.maxLength(200));

export const SETTINGS_SCHEMA = v.strictObject({ reviewerName: NAME, operatorName: NAME });

export const SUPPLIER_SCHEMA = v.strictObject({
  id: ID,
  name: TEXT,
  category: v.picklist(SUPPLIER_CATEGORIES),
  country: TEXT,
  locality: TEXT,
  // The form takes any number from 0 to 999,999,999; the CSV import whole ones.
  volume: v.pipe(v.number(), v.minValue(0), v.maxValue(999_999_999)),
  clauseStatus: v.picklist(CLAUSE_STATUSES),
  contact: NAME,
  createdAt: TIMESTAMP,
  updatedAt: TIMESTAMP,
  requests: v.optional(
    v.array(
      v.strictObject({
        requestId: ID,
        setId: v.pipe(v.string(), v.maxLength(64)),
        setVersion: v.pipe(v.string(), v.maxLength(32)),
        sentAt: TIMESTAMP,
      }),
    ),
  ),
});

const BAND = v.picklist(BANDS);
const SCORE = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(25));

const RESULT_SCHEMA = v.strictObject({
  overallBand: BAND,
  redFlags: v.array(KEY),
  unverified: v.array(KEY),
  items: v.array(
    v.strictObject({ id: KEY, inherentScore: SCORE, residualScore: SCORE, band: BAND }),
  ),
});

/** A received submission without its sealed package, which submission-file.ts reads. */
export const RECEIVED_SCHEMA = v.strictObject({
  id: ID,
  digest: DIGEST,
  // The name the reviewer's file had: whatever their system allows, so only bounded.
  fileName: v.pipe(v.string(), v.maxLength(1000)),
  receivedAt: TIMESTAMP,
  recomputed: RESULT_SCHEMA,
  mismatches: v.array(
    v.strictObject({
      what: v.picklist(['overall', 'item', 'red-flags', 'unverified']),
      itemId: v.optional(KEY),
      // A band with scores, or a list of red-flag ids: bounded by the lists they come from.
      recorded: v.pipe(v.string(), v.maxLength(20_000)),
      recomputed: v.pipe(v.string(), v.maxLength(20_000)),
    }),
  ),
  review: v.strictObject({
    status: v.picklist(REVIEW_STATUSES),
    // The review page allows 2,000 characters for a note and 1,000 for a remark.
    note: v.pipe(v.string(), v.maxLength(2000)),
    comments: v.pipe(
      v.record(
        KEY,
        v.strictObject({
          comment: v.pipe(v.string(), v.maxLength(1000)),
          evidenceRequested: v.boolean(),
        }),
      ),
      v.check((comments) => Object.keys(comments).length <= 300, 'at most 300 comments'),
    ),
    updatedAt: TIMESTAMP,
  }),
});
