import { QuestionSet } from './question-set';
import { questionsIn } from './condition';
import { checkQuestionSet, visibleCountRange } from './question-set-integrity';
import { pathSeconds } from './time-estimate';
import { ACCOMMODATION } from './sets/accommodation';
import { QUESTION_SETS } from './sets';
import { TOURISM_SERVICES } from './sets/tourism-services';
import { allQuestions, visibleView } from './visibility';

// The red flags of brief §8 that apply to each sector. Accommodation has no volunteering products,
// and tourism services rent no rooms and run no guest network, so those flags are not asked there.
const EXPECTED_RED_FLAGS: Record<string, string[]> = {
  accommodation: [
    'orphanage-visits',
    'hourly-without-id',
    'minors-unrelated-adults',
    'children-as-attraction',
    'supplier-refused-clause',
    'incident-uncorrected',
    'staff-steering',
    'unfiltered-network',
  ],
  'tourism-services': [
    'orphanage-visits',
    'volunteers-unchecked',
    'children-as-attraction',
    'supplier-refused-clause',
    'incident-uncorrected',
    'guide-steering',
    'visitors-unsupervised',
  ],
};

describe('question sets', () => {
  for (const set of QUESTION_SETS) {
    describe(set.id, () => {
      it('has no integrity problem', () => {
        expect(checkQuestionSet(set)).toEqual([]);
      });

      it('takes at most 15 minutes on its longest path, by the estimate model', () => {
        expect(pathSeconds(set).max).toBeLessThanOrEqual(15 * 60);
      });

      it('asks at least 25 questions on every path', () => {
        expect(visibleCountRange(set).min).toBeGreaterThanOrEqual(25);
      });

      it('asks nothing that changes no score, no flag, no action and no other question', () => {
        const used = new Set([
          ...Object.values(set.profile),
          ...set.contextFactors.map((f) => f.question),
          ...set.controls.map((c) => c.question),
          ...set.riskItems.flatMap((i) => [
            ...i.exposure.map((e) => e.question),
            ...(i.appliesIf ? questionsIn(i.appliesIf) : []),
          ]),
          ...set.redFlags.flatMap((f) => questionsIn(f.when)),
          ...set.actions.flatMap((a) => questionsIn(a.when)),
          ...allQuestions(set).flatMap((q) => (q.showIf ? questionsIn(q.showIf) : [])),
        ]);
        expect(
          allQuestions(set)
            .filter((q) => !used.has(q.id))
            .map((q) => q.id),
        ).toEqual([]);
      });

      it('can raise every red flag of brief §8 that applies to its sector', () => {
        expect(set.redFlags.map((f) => f.id).sort()).toEqual(
          [...EXPECTED_RED_FLAGS[set.sector]].sort(),
        );
      });

      it('asks about the six Code criteria', () => {
        const criteria = new Set(set.controls.map((c) => c.criterion));
        expect([...criteria].sort()).toEqual([1, 2, 3, 4, 5, 6]);
      });

      it('uses neutral terminology (brief §12)', () => {
        const text = JSON.stringify(set).toLowerCase();
        expect(text).not.toContain('child prostitut');
        expect(text).not.toContain('child pornograph');
      });

      it('never asks for names or details of guests, children or offenders', () => {
        const textQuestions = allQuestions(set)
          .filter((q) => q.kind === 'text')
          .map((q) => q.id);
        expect(textQuestions).toEqual(['businessName', 'country', 'locality', 'assessedBy']);
      });

      it('offers "Don\'t know" on every destination-context question', () => {
        const context = set.sections.find((s) => s.id === 'context')!;
        expect(context.questions.every((q) => q.kind === 'choice' && q.allowsUnknown)).toBeTrue();
      });
    });
  }

  it('gives each set a distinct id and a version', () => {
    expect(new Set(QUESTION_SETS.map((s) => s.id)).size).toBe(QUESTION_SETS.length);
    expect(QUESTION_SETS.every((s) => /^\d+\.\d+\.\d+$/.test(s.version))).toBeTrue();
  });

  it('asks the law-enforcement question neutrally and says once that a child is anyone under 18', () => {
    const context = ACCOMMODATION.sections.find((s) => s.id === 'context')!;
    expect(context.intro!.en).toContain('"Children" means everyone under 18');
    const enforcement = allQuestions(ACCOMMODATION).find((q) => q.id === 'ctxWeakEnforcement')!;
    expect(enforcement.text.en).toContain('rarely taken to court');
  });

  it('hides bar questions when there is no bar and shows them when there is', () => {
    expect(
      visibleView(ACCOMMODATION, { hasBar: 'no' }).questionIds.has('ctlBarAgeChecks'),
    ).toBeFalse();
    expect(
      visibleView(ACCOMMODATION, { hasBar: 'yes' }).questionIds.has('ctlBarAgeChecks'),
    ).toBeTrue();
  });

  it('hides volunteering questions unless volunteering is offered', () => {
    const ids = (answers: Record<string, string>) =>
      visibleView(TOURISM_SERVICES, answers).questionIds;
    expect(ids({ offersVolunteering: 'no' }).has('volunteerChildContact')).toBeFalse();
    expect(ids({ offersVolunteering: 'yes' }).has('volunteerChildContact')).toBeTrue();
    expect(
      ids({ offersVolunteering: 'yes', volunteerChildContact: 'no' }).has('volunteerUnsupervised'),
    ).toBeFalse();
  });
});

describe('checkQuestionSet', () => {
  it('reports conditions on unknown or later questions and items without controls', () => {
    const broken: QuestionSet = {
      ...ACCOMMODATION,
      sections: [
        {
          id: 's',
          title: { en: 'S' },
          questions: [
            {
              id: 'a',
              kind: 'choice',
              text: { en: 'A' },
              options: [],
              allowsUnknown: false,
              showIf: { question: 'b', in: ['yes'] },
            },
            {
              id: 'b',
              kind: 'choice',
              text: { en: 'B' },
              options: [{ value: 'yes', label: { en: 'Yes' } }],
              allowsUnknown: false,
              showIf: { question: 'zzz', in: ['yes'] },
            },
          ],
        },
      ],
      riskItems: [{ id: 'i', title: { en: 'I' }, severity: 5, exposure: [], controls: [] }],
      redFlags: [],
      actions: [],
      contextFactors: [],
      controls: [],
    };
    const problems = checkQuestionSet(broken);
    expect(problems).toContain('showIf of a refers to b, which is not an earlier question');
    expect(problems).toContain('showIf of b: unknown question zzz');
    expect(problems).toContain('risk item i has no question');
    expect(problems).toContain('risk item i has no control');
    expect(problems).toContain('question b can never show');
  });

  it('reports a red flag that can never fire', () => {
    const set: QuestionSet = {
      ...ACCOMMODATION,
      redFlags: [
        {
          id: 'impossible',
          title: { en: 'x' },
          when: {
            all: [
              { question: 'hasBar', in: ['yes'] },
              { question: 'hasBar', in: ['no'] },
            ],
          },
          items: ['room-access'],
        },
      ],
    };
    expect(checkQuestionSet(set)).toContain('red flag impossible can never fire');
  });
});
