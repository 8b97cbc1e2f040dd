import { ItemScore } from './assessment-score';
import { bandRank } from './risk-band';

/** Worst first: residual band (red flags included), then residual score, then inherent score. */
export function itemsByConcern(items: readonly ItemScore[]): ItemScore[] {
  return [...items].sort(
    (a, b) =>
      bandRank(b.residual.band) - bandRank(a.residual.band) ||
      b.residual.score - a.residual.score ||
      b.inherent.score - a.inherent.score,
  );
}
