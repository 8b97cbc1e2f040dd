import { AssessmentScore, ItemScore } from '../scoring/assessment-score';

/**
 * The questions one item's score depends on: the destination factors that counted, its exposure
 * answers, the safeguards mapped to it, and the answers that raised its red flags.
 */
export function itemInputs(item: ItemScore, score: AssessmentScore): ReadonlySet<string> {
  return new Set([
    ...score.context.factors.map((f) => f.question),
    ...item.exposure.map((e) => e.question),
    ...item.controls.map((c) => c.answer.question),
    ...score.redFlags
      .filter((flag) => flag.items.includes(item.itemId))
      .flatMap((flag) => flag.answers.map((a) => a.question)),
  ]);
}
