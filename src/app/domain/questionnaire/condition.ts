import { Answers } from './answers';

/**
 * A show/hide or trigger rule over answers. `question` + `in` holds when that question's answer is
 * one of the values (use 'unknown' to include "Don't know"); an unanswered or hidden question
 * matches nothing.
 */
export type Condition =
  | { readonly question: string; readonly in: readonly string[] }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition };

export function holds(condition: Condition, answers: Answers): boolean {
  if ('question' in condition) {
    const value = answers[condition.question];
    return value !== undefined && condition.in.includes(value);
  }
  if ('all' in condition) return condition.all.every((c) => holds(c, answers));
  if ('any' in condition) return condition.any.some((c) => holds(c, answers));
  return !holds(condition.not, answers);
}

/** Every question id a condition refers to, for integrity checks and "why" links. */
export function questionsIn(condition: Condition): string[] {
  if ('question' in condition) return [condition.question];
  if ('all' in condition) return condition.all.flatMap(questionsIn);
  if ('any' in condition) return condition.any.flatMap(questionsIn);
  return questionsIn(condition.not);
}

/** Shorthand for the common rule "this question is answered with one of these values". */
export function answered(question: string, ...values: string[]): Condition {
  return { question, in: values };
}
