import fc from 'fast-check';

import assessmentFile from '../domain/fixtures/assessment-v1.haven.json' with { loader: 'text' };
import requestFile from '../domain/fixtures/request-v1.json' with { loader: 'text' };
import responseFile from '../domain/fixtures/response-v1.json' with { loader: 'text' };
import reviewResponseFile from '../domain/fixtures/review-response-v1.json' with {
  loader: 'text',
};
import submissionFile from '../domain/fixtures/submission-v1.json' with { loader: 'text' };
import suppliersCsv from '../domain/fixtures/suppliers-v1.csv' with { loader: 'text' };
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
} from '../domain/testing/hostile-files';

// The hostile-file specs every JSON import path runs: one list of named cases, fast-check edits,
// a newer Haven's file, linear time, and no prototype pollution. Each path's spec says which
// fixture is valid, which field the user types into, and how the user meets the outcome.

/** Every released Haven file, by fixture name: each is "another format" to the others. */
const FIXTURES: Record<string, string> = {
  'assessment-v1.haven.json': fixtureText(assessmentFile),
  'request-v1.json': fixtureText(requestFile),
  'response-v1.json': fixtureText(responseFile),
  'submission-v1.json': fixtureText(submissionFile),
  'review-response-v1.json': fixtureText(reviewResponseFile),
  'suppliers-v1.csv': suppliersCsv as unknown as string,
};

export interface HostileImport {
  /** What the user calls the file: "questionnaire request". */
  readonly kind: string;
  /** The fixture name of the valid file the cases are made from. */
  readonly fixture: string;
  /** A field the user types into, where huge and deep values are put. */
  readonly freeText: readonly string[];
  /** The import as the user meets it: the parser, then the message for a refusal. */
  readonly open: (text: string) => Outcome;
  /** Extra texts that must read in linear time, beyond the shared ones. */
  readonly moreLinearTexts?: readonly (readonly [string, string])[];
}

export function describeHostileImport(spec: HostileImport): void {
  const VALID = FIXTURES[spec.fixture];
  const others = Object.fromEntries(
    Object.entries(FIXTURES).filter(([name]) => name !== spec.fixture),
  );
  const { open } = spec;

  describe(`hostile and broken ${spec.kind} files`, () => {
    const valid = JSON.parse(VALID) as Json;
    const prototypes = prototypeState();
    const cases = hostileJsonCases(VALID, others, [...spec.freeText]);

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

    it(`refuses any text that was never a ${spec.kind} file`, () => {
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
      const version = (valid as { formatVersion: number }).formatVersion + 1;
      const outcome = open(JSON.stringify(withValue(valid, ['formatVersion'], version)));
      expect(outcome.accepted).toBeFalse();
      if (outcome.accepted) return;
      expect(outcome.code).toBe('future-version');
      expect(outcome.message).toContain('made by a newer version of Haven');
    });

    // Linear: each takes well under 200 ms on a quiet machine. The bound leaves room for a busy
    // one; a quadratic check (as the markup test once was) takes hours on 4 MB, so it still fails.
    it('reads 4 MB hostile texts in linear time', () => {
      const field = [...spec.freeText];
      const key = [...field.slice(0, -1), 'k'.repeat(4 * 1024 * 1024)];
      for (const [name, text] of [
        ['4 MB of x', JSON.stringify(withValue(valid, field, 'x'.repeat(4 * 1024 * 1024)))],
        [
          '"<" then 4 MB of spaces',
          JSON.stringify(withValue(valid, field, '<' + ' '.repeat(4 * 1024 * 1024))),
        ],
        ['4 MB of "< /"', JSON.stringify(withValue(valid, field, '< /'.repeat(1_400_000)))],
        ['a 4 MB key', JSON.stringify(withValue(valid, key, 'x'))],
        ['4 MB of [', '['.repeat(4 * 1024 * 1024)],
        ...(spec.moreLinearTexts ?? []),
      ] as const) {
        expect(millisecondsFor(open, text)).withContext(name).toBeLessThan(5_000);
      }
    });

    it('leaves Object.prototype and Array.prototype as they were', () => {
      for (const c of cases.filter((c) => /__proto__|constructor|prototype/.test(c.name))) {
        open(c.text);
      }
      expect(prototypeState()).toBe(prototypes);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    });
  });
}
