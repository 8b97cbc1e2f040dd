import { QuestionSet } from '../questionnaire/question-set';
import { scoreAssessment } from '../scoring/score-assessment';
import { ResultMismatch } from './review';
import { resultOf, SubmittedResult } from './submission';

/**
 * Scores the submitted answers again with this version of Haven and lists every place where the
 * result recorded in the file differs: an edited file, or one made by an older engine.
 */
export function recompute(
  set: QuestionSet,
  answers: Readonly<Record<string, string>>,
  recorded: SubmittedResult,
): { readonly recomputed: SubmittedResult; readonly mismatches: ResultMismatch[] } {
  const recomputed = resultOf(scoreAssessment(set, answers));
  return { recomputed, mismatches: compareResults(recorded, recomputed) };
}

export function compareResults(
  recorded: SubmittedResult,
  recomputed: SubmittedResult,
): ResultMismatch[] {
  const mismatches: ResultMismatch[] = [];
  if (recorded.overallBand !== recomputed.overallBand) {
    mismatches.push({
      what: 'overall',
      recorded: recorded.overallBand,
      recomputed: recomputed.overallBand,
    });
  }
  const ids = new Set([...recorded.items, ...recomputed.items].map((item) => item.id));
  for (const id of ids) {
    const before = recorded.items.find((item) => item.id === id);
    const after = recomputed.items.find((item) => item.id === id);
    const describe = (item: typeof before) =>
      item ? `${item.band} (${item.inherentScore} → ${item.residualScore})` : '—';
    if (describe(before) !== describe(after)) {
      mismatches.push({
        what: 'item',
        itemId: id,
        recorded: describe(before),
        recomputed: describe(after),
      });
    }
  }
  const list = (values: readonly string[]) => [...values].sort().join(', ') || '—';
  if (list(recorded.redFlags) !== list(recomputed.redFlags)) {
    mismatches.push({
      what: 'red-flags',
      recorded: list(recorded.redFlags),
      recomputed: list(recomputed.redFlags),
    });
  }
  if (list(recorded.unverified) !== list(recomputed.unverified)) {
    mismatches.push({
      what: 'unverified',
      recorded: list(recorded.unverified),
      recomputed: list(recomputed.unverified),
    });
  }
  return mismatches;
}
