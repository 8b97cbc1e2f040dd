import { Answers } from './answers';
import { Condition, holds, questionsIn } from './condition';
import { CONTROL_LEVELS, Question, QuestionSet, UNKNOWN } from './question-set';
import { allQuestions, visibleView } from './visibility';

/**
 * Finds mistakes in a questionnaire's data: unknown ids, conditions on later questions, values no
 * question can take, unreachable questions, risk items without a question or a control, red flags
 * that can never fire. Returns one line per problem; an empty list means the set is sound.
 */
export function checkQuestionSet(set: QuestionSet): string[] {
  const problems: string[] = [];
  const questions = allQuestions(set);
  const position = new Map(questions.map((q, i) => [q.id, i]));
  const byId = new Map(questions.map((q) => [q.id, q]));
  const controlIds = new Set(set.controls.map((c) => c.id));
  const itemIds = new Set(set.riskItems.map((i) => i.id));
  const facts = new Map((set.facts ?? []).map((f) => [f.id, f.options.map((o) => o.value)]));

  if (position.size !== questions.length) problems.push('question ids are not unique');
  for (const id of facts.keys()) {
    if (byId.has(id)) problems.push(`fact ${id} has the id of a question`);
  }
  for (const id of Object.values(set.profile)) {
    if (!byId.has(id)) problems.push(`profile question ${id} does not exist`);
  }

  const checkValues = (where: string, question: string, values: readonly string[]) => {
    const target = byId.get(question);
    const allowed = target ? valuesOf(target) : facts.get(question);
    if (!allowed) return problems.push(`${where}: unknown question ${question}`);
    for (const value of values) {
      if (!allowed.includes(value)) problems.push(`${where}: ${question} cannot be "${value}"`);
    }
    return undefined;
  };
  const checkCondition = (where: string, condition: Condition) => {
    for (const leaf of leaves(condition)) checkValues(where, leaf.question, leaf.in);
  };

  questions.forEach((question, index) => {
    if (!question.showIf) return;
    checkCondition(`showIf of ${question.id}`, question.showIf);
    for (const ref of questionsIn(question.showIf)) {
      if ((position.get(ref) ?? Infinity) >= index) {
        problems.push(
          `showIf of ${question.id} refers to ${ref}, which is not an earlier question`,
        );
      }
    }
  });
  for (const question of questions) {
    if (!canHold(set, question.showIf, question.id))
      problems.push(`question ${question.id} can never show`);
  }

  for (const factor of set.contextFactors)
    checkValues('context', factor.question, factor.riskyValues);
  for (const control of set.controls) {
    if (byId.get(control.question)?.kind !== 'control') {
      problems.push(`control ${control.id}: ${control.question} is not a control question`);
    }
  }
  for (const item of set.riskItems) {
    if (!item.exposure.length) problems.push(`risk item ${item.id} has no question`);
    if (!item.controls.length) problems.push(`risk item ${item.id} has no control`);
    for (const factor of item.exposure)
      checkValues(`item ${item.id}`, factor.question, factor.riskyValues);
    for (const id of item.controls) {
      if (!controlIds.has(id)) problems.push(`risk item ${item.id}: unknown control ${id}`);
    }
    if (item.appliesIf) checkCondition(`appliesIf of ${item.id}`, item.appliesIf);
  }
  for (const flag of set.redFlags) {
    checkCondition(`red flag ${flag.id}`, flag.when);
    for (const id of flag.items)
      if (!itemIds.has(id)) problems.push(`red flag ${flag.id}: unknown item ${id}`);
    if (!canHold(set, flag.when)) problems.push(`red flag ${flag.id} can never fire`);
  }
  const actionIds = new Set<string>();
  for (const action of set.actions) {
    if (actionIds.has(action.id)) problems.push(`action ${action.id} is listed twice`);
    actionIds.add(action.id);
    checkCondition(`action ${action.id}`, action.when);
    for (const [question, value] of Object.entries(action.effect)) {
      checkValues(`effect of ${action.id}`, question, [value]);
    }
    for (const question of action.scope?.questions ?? []) {
      checkValues(`scope of ${action.id}`, question, action.scope!.values);
    }
    if (!canHold(set, action.when)) problems.push(`action ${action.id} can never apply`);
  }
  return problems;
}

/**
 * Fewest and most questions a user can see, over every combination of the answers that show or
 * hide other questions.
 */
export function visibleCountRange(set: QuestionSet): { min: number; max: number } {
  return pathRange(set, () => 1);
}

/**
 * The smallest and largest total of `weigh` over the questions a user sees, over every
 * combination of the answers that show or hide other questions.
 */
export function pathRange(
  set: QuestionSet,
  weigh: (question: Question) => number,
): { min: number; max: number } {
  const questions = allQuestions(set);
  const gates = [...new Set(questions.flatMap((q) => (q.showIf ? questionsIn(q.showIf) : [])))];
  let min = Infinity;
  let max = 0;
  forEachCombination(questions, gates, (answers) => {
    const shown = visibleView(set, answers).questionIds;
    const total = questions.reduce((sum, q) => sum + (shown.has(q.id) ? weigh(q) : 0), 0);
    min = Math.min(min, total);
    max = Math.max(max, total);
  });
  return { min, max };
}

/** The values a question can take, for checking the values that rules refer to. */
export function valuesOf(question: Question): readonly string[] {
  if (question.kind === 'control') return [...CONTROL_LEVELS, UNKNOWN];
  if (question.kind === 'text') return [];
  const values = question.options.map((o) => o.value);
  return question.allowsUnknown ? [...values, UNKNOWN] : values;
}

/**
 * Whether some answers make the condition hold over visible answers (and, with `mustShow`, make
 * that question show). Tries every combination of the questions the condition depends on, with
 * their own show/hide conditions; these sets are small, so this stays fast.
 */
function canHold(set: QuestionSet, condition: Condition | undefined, mustShow?: string): boolean {
  if (!condition) return true;
  // One branch of an "any" is enough; trying them one by one keeps the search small.
  if ('any' in condition && !mustShow) return condition.any.some((c) => canHold(set, c));
  const questions = allQuestions(set);
  const deps = dependenciesOf(questions, questionsIn(condition));
  let found = false;
  forEachCombination(
    questions,
    deps,
    (answers) => {
      if (found) return;
      const view = visibleView(set, answers);
      found = holds(condition, view.answers) && (!mustShow || view.questionIds.has(mustShow));
    },
    set.facts,
  );
  return found;
}

/** The questions a list depends on, with the questions their own visibility depends on. */
function dependenciesOf(questions: readonly Question[], start: string[]): string[] {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const seen = new Set<string>();
  const stack = [...start];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const showIf = byId.get(id)?.showIf;
    if (showIf) stack.push(...questionsIn(showIf));
  }
  return [...seen];
}

/** Calls back with every combination of values of the given questions. */
export function forEachCombination(
  questions: readonly Question[],
  ids: readonly string[],
  visit: (answers: Answers) => void,
  facts: QuestionSet['facts'] = [],
): void {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const factValues = new Map(facts.map((f) => [f.id, f.options.map((o) => o.value)]));
  const walk = (index: number, answers: Record<string, string>) => {
    if (index === ids.length) return visit(answers);
    const question = byId.get(ids[index]);
    const values = question ? valuesOf(question) : (factValues.get(ids[index]) ?? []);
    if (!values.length) return walk(index + 1, answers);
    for (const value of values) walk(index + 1, { ...answers, [ids[index]]: value });
  };
  walk(0, {});
}

function leaves(condition: Condition): { question: string; in: readonly string[] }[] {
  if ('question' in condition) return [condition];
  if ('all' in condition) return condition.all.flatMap(leaves);
  if ('any' in condition) return condition.any.flatMap(leaves);
  return leaves(condition.not);
}
