import { Question, QuestionSet } from './question-set';
import { pathRange, visibleCountRange } from './question-set-integrity';

/**
 * How long one question takes, by kind: our written estimate model. About four closed questions a
 * minute is the usual rule of thumb for survey length; a yes/no question is read and tapped in
 * 15 s, a choice of three or more options in 20 s, a safeguard in 25 s (its 0–3 scale and the
 * safeguard's own description take longer to read), a short text such as a name or a town in 30 s.
 */
export const SECONDS_PER_QUESTION = { yesNo: 15, choice: 20, control: 25, text: 30 } as const;

export function questionSeconds(question: Question): number {
  if (question.kind === 'text') return SECONDS_PER_QUESTION.text;
  if (question.kind === 'control') return SECONDS_PER_QUESTION.control;
  const isYesNo = question.options.length === 2;
  return isYesNo ? SECONDS_PER_QUESTION.yesNo : SECONDS_PER_QUESTION.choice;
}

/** Shortest and longest time through a questionnaire, in seconds, over every path. */
export function pathSeconds(set: QuestionSet): { min: number; max: number } {
  return pathRange(set, questionSeconds);
}

/** The promise shown to a user: whole minutes, from the shortest to the longest path. */
export function minutesRange(sets: readonly QuestionSet[]): { min: number; max: number } {
  const ranges = sets.map(pathSeconds);
  return {
    min: Math.floor(Math.min(...ranges.map((r) => r.min)) / 60),
    max: Math.ceil(Math.max(...ranges.map((r) => r.max)) / 60),
  };
}

/** How long a questionnaire is, in questions and whole minutes, shortest path to longest. */
export interface QuestionnaireLength {
  readonly questions: { readonly min: number; readonly max: number };
  readonly minutes: { readonly min: number; readonly max: number };
}

export function questionnaireLength(sets: readonly QuestionSet[]): QuestionnaireLength {
  const counts = sets.map(visibleCountRange);
  return {
    questions: {
      min: Math.min(...counts.map((c) => c.min)),
      max: Math.max(...counts.map((c) => c.max)),
    },
    minutes: minutesRange(sets),
  };
}
