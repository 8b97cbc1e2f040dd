import { holds, questionsIn } from '../condition';
import { ALL_QUESTION_SETS } from '.';
import { allQuestions } from '../visibility';
import { TRACEABILITY } from './traceability';

const setById = new Map(ALL_QUESTION_SETS.map((set) => [set.id, set]));

describe('traceability from the brief to questions and actions', () => {
  it('names only questionnaires Haven ships', () => {
    const unknown = TRACEABILITY.flatMap((row) => row.sets).filter((id) => !setById.has(id));
    expect(unknown).toEqual([]);
  });

  for (const row of TRACEABILITY) {
    it(`traces ${row.brief} "${row.text}"`, () => {
      for (const id of row.sets) {
        const set = setById.get(id)!;
        const asked = [
          ...allQuestions(set).map((q) => q.id),
          ...(set.facts ?? []).map((f) => f.id),
        ];
        if (row.kind !== 'method') {
          expect(row.questions.filter((q) => asked.includes(q)))
            .withContext(`${id} asks none of ${row.questions.join(', ')}`)
            .not.toEqual([]);
        }
        if (row.brief !== '§5.1') {
          expect(set.actions.filter((a) => row.actions.includes(a.id)))
            .withContext(`${id} has none of the actions ${row.actions.join(', ')}`)
            .not.toEqual([]);
        }
        if (row.flags) {
          expect(set.redFlags.filter((f) => row.flags!.includes(f.id)))
            .withContext(`${id} raises none of ${row.flags.join(', ')}`)
            .not.toEqual([]);
        }
      }
    });
  }

  for (const set of ALL_QUESTION_SETS) {
    describe(set.id, () => {
      const rows = TRACEABILITY.filter((row) => row.sets.includes(set.id));
      const tracedQuestions = new Set(rows.flatMap((row) => row.questions));
      const tracedActions = new Set(rows.flatMap((row) => row.actions));

      it('traces every question that scores to a line of the brief', () => {
        const scored = [
          ...set.contextFactors.map((f) => f.question),
          ...set.riskItems.flatMap((item) => item.exposure.map((e) => e.question)),
          ...set.controls.map((c) => c.question),
        ];
        expect([...new Set(scored)].filter((q) => !tracedQuestions.has(q))).toEqual([]);
      });

      it('traces every red flag to §8, with an action that answers its trigger', () => {
        for (const flag of set.redFlags) {
          const row = rows.find((r) => r.flags?.includes(flag.id));
          expect(row).withContext(`${flag.id} is not traced`).toBeDefined();
          // The action's own condition holds whenever the flag's does.
          const triggers = questionsIn(flag.when);
          const answering = set.actions.filter(
            (a) =>
              row!.actions.includes(a.id) && questionsIn(a.when).some((q) => triggers.includes(q)),
          );
          expect(answering.length).withContext(`${flag.id} has no action`).toBeGreaterThan(0);
        }
      });

      it('traces every action it can recommend to a gap of the brief', () => {
        expect(set.actions.map((a) => a.id).filter((id) => !tracedActions.has(id))).toEqual([]);
      });
    });
  }

  it('counts what is covered (for the record)', () => {
    const factors = TRACEABILITY.filter((r) => r.kind === 'factor');
    const flags = TRACEABILITY.filter((r) => r.kind === 'flag');
    const actions = new Set(ALL_QUESTION_SETS.flatMap((s) => s.actions.map((a) => a.id)));
    expect(factors.every((r) => r.questions.length)).toBeTrue();
    expect(flags.length).toBe(10);
    expect(actions.size).toBeGreaterThan(40);
    // The red flag of a supplier refusing the clause holds on the register's word alone.
    const supplier = setById.get('supplier-guides')!;
    const refusal = supplier.redFlags.find((f) => f.id === 'supplier-refused-clause')!;
    expect(holds(refusal.when, { registerClause: 'refused' })).toBeTrue();
  });
});
