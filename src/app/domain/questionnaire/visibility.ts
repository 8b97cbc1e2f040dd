import { Answers } from './answers';
import { holds } from './condition';
import { Question, QuestionSet, Section } from './question-set';

/** What the user sees of a questionnaire given their answers. */
export interface VisibleView {
  readonly questionIds: ReadonlySet<string>;
  /** Only the answers to visible questions: hidden answers are kept in storage but never used. */
  readonly answers: Answers;
}

/**
 * Works out which questions show. Conditions may only refer to earlier questions (a spec checks it),
 * so one pass in order is enough, and a question hidden in a chain hides everything that hangs on it.
 * Facts of the set (a supplier's register entry) given among the answers are always in view.
 */
export function visibleView(set: QuestionSet, answers: Answers): VisibleView {
  const questionIds = new Set<string>();
  const visible: Record<string, string> = {};
  for (const fact of set.facts ?? []) {
    const value = answers[fact.id];
    if (fact.options.some((o) => o.value === value)) visible[fact.id] = value!;
  }
  for (const question of allQuestions(set)) {
    if (question.showIf && !holds(question.showIf, visible)) continue;
    questionIds.add(question.id);
    const value = answers[question.id];
    if (value !== undefined && value !== '') visible[question.id] = value;
  }
  return { questionIds, answers: visible };
}

/** The questions of a section that show, in order. */
export function visibleQuestionsOf(section: Section, view: VisibleView): Question[] {
  return section.questions.filter((q) => view.questionIds.has(q.id));
}

export function allQuestions(set: QuestionSet): Question[] {
  return set.sections.flatMap((section) => section.questions);
}

export function findQuestion(set: QuestionSet, id: string): Question | undefined {
  return allQuestions(set).find((q) => q.id === id);
}

/** The section that holds a question, for "go to this question" links. */
export function sectionIndexOf(set: QuestionSet, questionId: string): number {
  return set.sections.findIndex((s) => s.questions.some((q) => q.id === questionId));
}
