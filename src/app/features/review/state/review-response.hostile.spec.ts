import fc from 'fast-check';

import assessmentFile from '../../../domain/fixtures/assessment-v1.haven.json' with {
  loader: 'text',
};
import requestFile from '../../../domain/fixtures/request-v1.json' with { loader: 'text' };
import responseFile from '../../../domain/fixtures/response-v1.json' with { loader: 'text' };
import reviewResponseFile from '../../../domain/fixtures/review-response-v1.json' with {
  loader: 'text',
};
import submissionFile from '../../../domain/fixtures/submission-v1.json' with { loader: 'text' };
import suppliersCsv from '../../../domain/fixtures/suppliers-v1.csv' with { loader: 'text' };
import {
  parseReviewResponseFile,
  ReviewResponseProblem,
} from '../../../domain/review/review-response';
import {
  anyTexts,
  caseFaults,
  editedFile,
  fixtureText,
  holdsFor,
  hostileJsonCases,
  Json,
  millisecondsFor,
  notAHavenFile,
  Outcome,
  prototypeState,
  splicedText,
  withValue,
} from '../../../domain/testing/hostile-files';
import { reviewResponseProblemMessage } from './submission-problem-message';

const VALID = fixtureText(reviewResponseFile);
const OTHERS = {
  'assessment-v1.haven.json': fixtureText(assessmentFile),
  'request-v1.json': fixtureText(requestFile),
  'response-v1.json': fixtureText(responseFile),
  'submission-v1.json': fixtureText(submissionFile),
  'suppliers-v1.csv': suppliersCsv,
};

/** The problem's own code, under the generic names of hostile-files.ts. */
function codeOf(problem: ReviewResponseProblem): string {
  if (problem.code === 'not-review-response') return 'other-format';
  return problem.code === 'wrong-version' ? 'bad-version' : problem.code;
}

/** The review response import as the business meets it: the parser, then the message. */
function open(text: string): Outcome {
  const parsed = parseReviewResponseFile(text);
  return parsed.ok
    ? { accepted: true, value: parsed.value }
    : {
        accepted: false,
        code: codeOf(parsed.problem),
        message: reviewResponseProblemMessage('harbour-view-hotel-review.json', parsed.problem),
      };
}

describe('hostile and broken review response files', () => {
  const valid = JSON.parse(VALID) as Json;
  const prototypes = prototypeState();
  const cases = hostileJsonCases(VALID, OTHERS, ['note']);

  it('are more than 200 named cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
  });

  it('refuses each with a message a user can read, or reads it free of markup', () => {
    const faults = cases.flatMap((c) => caseFaults(c, open).map((f) => `${c.name}: ${f}`));
    expect(faults).toEqual([]);
  });

  it('survives any edit of a valid file', () => {
    fc.assert(holdsFor(editedFile(valid), open), { numRuns: 300, seed: 20261126 });
  });

  it('survives a valid file edited by hand as text', () => {
    fc.assert(holdsFor(splicedText(VALID), open), { numRuns: 300, seed: 20261127 });
  });

  it('refuses any text that was never a review response', () => {
    fc.assert(
      holdsFor(
        notAHavenFile.map((c) => ({ ...c, expected: 'refused' as const })),
        open,
      ),
      { numRuns: 200, seed: 20261128 },
    );
  });

  it('takes any text in its text fields only when none of it reads as markup', () => {
    fc.assert(holdsFor(anyTexts(valid), open), { numRuns: 300, seed: 20261129 });
  });

  it('refuses a newer Haven’s file as such, saying so', () => {
    const text = JSON.stringify(withValue(valid, ['formatVersion'], 2));
    expect(parseReviewResponseFile(text)).toEqual({
      ok: false,
      problem: { code: 'future-version', version: 2 },
    });
    const outcome = open(text);
    expect(!outcome.accepted && outcome.message).toContain('made by a newer version of Haven');
  });

  // Linear: each takes well under 200 ms on a quiet machine. The bound leaves room for a busy one;
  // a quadratic check (as the markup test once was) takes hours on 4 MB, so it still fails.
  it('reads 4 MB hostile texts in linear time', () => {
    for (const [name, text] of [
      ['4 MB of x', JSON.stringify(withValue(valid, ['note'], 'x'.repeat(4 * 1024 * 1024)))],
      [
        '"<" then 4 MB of spaces',
        JSON.stringify(withValue(valid, ['note'], '<' + ' '.repeat(4 * 1024 * 1024))),
      ],
      ['4 MB of "< /"', JSON.stringify(withValue(valid, ['note'], '< /'.repeat(1_400_000)))],
      ['a 4 MB key', JSON.stringify(withValue(valid, ['k'.repeat(4 * 1024 * 1024)], 'x'))],
      ['4 MB of [', '['.repeat(4 * 1024 * 1024)],
    ] as const) {
      expect(millisecondsFor(open, text)).withContext(name).toBeLessThan(5_000);
    }
  });

  it('leaves Object.prototype and Array.prototype as they were', () => {
    for (const c of cases.filter((c) => /__proto__|constructor|prototype/.test(c.name)))
      open(c.text);
    expect(prototypeState()).toBe(prototypes);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
