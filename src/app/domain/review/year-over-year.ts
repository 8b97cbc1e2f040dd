import { Band } from '../scoring/risk-band';
import { Submission } from './submission';

export interface YearOverYear {
  readonly earlierAt: string;
  readonly overall: { readonly before: Band; readonly after: Band };
  /** Answers given, changed or no longer given, by question id; unchanged ones are left out. */
  readonly answers: readonly {
    readonly question: string;
    readonly before: string | null;
    readonly after: string | null;
  }[];
  /** Risk items whose band moved, appeared or went away. */
  readonly items: readonly {
    readonly item: string;
    readonly before: Band | null;
    readonly after: Band | null;
  }[];
  /** Actions done now that were not done in the earlier submission. */
  readonly actionsDone: readonly string[];
}

/**
 * What changed between two submissions of one business. Callers pass each submission with the
 * result Haven recomputed in place of the one its file recorded, so a doctored result cannot hide
 * a change.
 */
export function compareYears(earlier: Submission, later: Submission): YearOverYear {
  const questions = [...new Set([...Object.keys(earlier.answers), ...Object.keys(later.answers)])];
  const itemIds = [
    ...new Set([...earlier.result.items, ...later.result.items].map((item) => item.id)),
  ];
  const bandOf = (s: Submission, id: string) =>
    s.result.items.find((item) => item.id === id)?.band ?? null;
  return {
    earlierAt: earlier.submittedAt,
    overall: { before: earlier.result.overallBand, after: later.result.overallBand },
    answers: questions
      .map((question) => ({
        question,
        before: earlier.answers[question] ?? null,
        after: later.answers[question] ?? null,
      }))
      .filter((change) => change.before !== change.after),
    items: itemIds
      .map((item) => ({ item, before: bandOf(earlier, item), after: bandOf(later, item) }))
      .filter((change) => change.before !== change.after),
    actionsDone: Object.entries(later.plan)
      .filter(([id, entry]) => entry.status === 'done' && earlier.plan[id]?.status !== 'done')
      .map(([id]) => id),
  };
}
