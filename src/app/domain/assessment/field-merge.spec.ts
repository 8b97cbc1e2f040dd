import fc from 'fast-check';

import { Assessment, PlanEntry, PLAN_STATUSES } from './assessment';
import { canonicalJson } from './canonical-json';
import { fieldChanges, rebaseAssessment as rebase } from './field-merge';

const QUESTIONS = ['businessName', 'q1', 'q2', 'q3', 'q4'];
const ACTIONS = ['a1', 'a2', 'a3'];

const entry: fc.Arbitrary<PlanEntry> = fc.record({
  owner: fc.constantFrom('', 'Front desk', 'Manager'),
  due: fc.constantFrom('', '2026-12-01'),
  status: fc.constantFrom(...PLAN_STATUSES),
  note: fc.string({ maxLength: 8 }),
});

const assessment: fc.Arbitrary<Assessment> = fc
  .record({
    answers: fc.dictionary(fc.constantFrom(...QUESTIONS), fc.string({ maxLength: 6 })),
    plan: fc.dictionary(fc.constantFrom(...ACTIONS), entry),
    step: fc.nat(5),
    updatedAt: fc.constantFrom('2026-11-01T10:00:00.000Z', '2026-11-02T10:00:00.000Z'),
  })
  .map((parts) => ({
    id: 'a',
    setId: 'accommodation',
    setVersion: '2',
    createdAt: '2026-10-01T10:00:00.000Z',
    ...parts,
  }));

/** Another copy edited from `base`: some answers and plan parts changed or removed. */
function editOf(base: Assessment): fc.Arbitrary<Assessment> {
  return fc
    .record({
      answers: fc.dictionary(
        fc.constantFrom(...QUESTIONS),
        fc.option(fc.string({ maxLength: 6 }), { nil: undefined }),
      ),
      plan: fc.dictionary(fc.constantFrom(...ACTIONS), entry),
      step: fc.option(fc.nat(5), { nil: undefined }),
      updatedAt: fc.constantFrom('2026-11-03T10:00:00.000Z', '2026-11-04T10:00:00.000Z'),
    })
    .map((edit) => {
      const answers: Record<string, string> = { ...base.answers };
      for (const [id, value] of Object.entries(edit.answers)) {
        if (value === undefined) delete answers[id];
        else answers[id] = value;
      }
      return {
        ...base,
        answers,
        plan: { ...base.plan, ...edit.plan },
        step: edit.step ?? base.step,
        updatedAt: edit.updatedAt,
      };
    });
}

const withoutTime = (a: Assessment) => canonicalJson({ ...a, updatedAt: '' });
const baseAndTwoEdits = assessment.chain((base) =>
  fc.tuple(fc.constant(base), editOf(base), editOf(base)),
);

describe('rebaseAssessment (two copies of one assessment edited from a common base)', () => {
  it('with no remote edits, gives the local copy', () => {
    fc.assert(
      fc.property(baseAndTwoEdits, ([base, local]) => {
        expect(withoutTime(rebase(base, local, base))).toBe(withoutTime(local));
      }),
      { numRuns: 200, seed: 13 },
    );
  });

  it('with no local edits, gives the remote copy', () => {
    fc.assert(
      fc.property(baseAndTwoEdits, ([base, , remote]) => {
        expect(withoutTime(rebase(base, base, remote))).toBe(withoutTime(remote));
      }),
      { numRuns: 200, seed: 14 },
    );
  });

  it('keeps every field each side changed; where both changed one, the local edit wins', () => {
    fc.assert(
      fc.property(baseAndTwoEdits, ([base, local, remote]) => {
        const merged = rebase(base, local, remote);
        const mine = new Map(fieldChanges(base, local).map((c) => [c.key, c.value]));
        const theirs = fieldChanges(base, remote);
        const result = new Map(fieldChanges(base, merged).map((c) => [c.key, c.value]));
        // The local value stands for every field this tab changed, conflicting or not.
        for (const [key, value] of mine) expect(result.get(key)).toEqual(value);
        for (const { key, value } of theirs) {
          if (!mine.has(key)) expect(result.get(key)).toEqual(value);
        }
        expect(merged.updatedAt >= local.updatedAt && merged.updatedAt >= remote.updatedAt).toBe(
          true,
        );
      }),
      { numRuns: 300, seed: 15 },
    );
  });

  it('is idempotent: laying the same edits over the result again changes nothing', () => {
    fc.assert(
      fc.property(baseAndTwoEdits, ([base, local, remote]) => {
        const once = rebase(base, local, remote);
        expect(withoutTime(rebase(base, local, once))).toBe(withoutTime(once));
      }),
      { numRuns: 200, seed: 16 },
    );
  });

  it('drops local answer edits once the other copy was submitted (locked)', () => {
    const base: Assessment = {
      id: 'a',
      setId: 's',
      setVersion: '1',
      answers: { q1: 'yes' },
      plan: {},
      step: 0,
      createdAt: 't',
      updatedAt: 't',
    };
    const local = { ...base, answers: { q1: 'no' } };
    const remote: Assessment = {
      ...base,
      submission: { submissionId: 's1', submittedAt: 't2', digest: 'd' },
    };
    expect(rebase(base, local, remote).answers).toEqual({ q1: 'yes' });
  });
});
