import fc from 'fast-check';

import { Answers } from '../questionnaire/answers';
import { QuestionSet, UNKNOWN } from '../questionnaire/question-set';
import { valuesOf } from '../questionnaire/question-set-integrity';
import { allQuestions } from '../questionnaire/visibility';

/**
 * Any answer set a user could produce for a questionnaire: every question answered with one of its
 * values or left blank, in three kinds — half-done, complete, and complete without a "Don't
 * know" — with the register's facts for supplier sets. Hidden questions get answers too, as they
 * do when a user changes their mind.
 */
export function answersFor(set: QuestionSet): fc.Arbitrary<Answers> {
  return fc
    .constantFrom('half-done', 'complete', 'known')
    .chain((kind) => answersOfKind(set, kind));
}

function answersOfKind(
  set: QuestionSet,
  kind: 'half-done' | 'complete' | 'known',
): fc.Arbitrary<Answers> {
  const slots = [
    ...allQuestions(set).map((q) => ({
      id: q.id,
      values:
        q.kind === 'text'
          ? ['Harbour Inn', 'Kenya', 'Mombasa']
          : valuesOf(q).filter((v) => kind !== 'known' || v !== UNKNOWN),
      canBeBlank: kind === 'half-done',
    })),
    ...(set.facts ?? []).map((f) => ({
      id: f.id,
      values: f.options.map((o) => o.value),
      canBeBlank: true,
    })),
  ];
  return fc
    .tuple(
      ...slots.map(({ values, canBeBlank }) =>
        canBeBlank
          ? // fast-check leaves the value out once in `freq` draws.
            fc.option(fc.constantFrom(...values), { nil: undefined, freq: 3 })
          : fc.constantFrom(...values),
      ),
    )
    .map((values) =>
      Object.fromEntries(
        values.flatMap((value, index) => (value === undefined ? [] : [[slots[index].id, value]])),
      ),
    );
}
