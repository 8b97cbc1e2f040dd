import { ItemScore } from './assessment-score';
import { Band, bandFor } from './risk-band';
import { ScoringParameters } from './scoring-parameters';

export interface HeatMapCell {
  readonly likelihood: number;
  readonly severity: number;
  readonly band: Band;
  /** 1-based numbers of the items whose residual risk sits in this cell. */
  readonly items: readonly number[];
  /** Those of them raised to Very high by a red flag, whatever the cell's own band. */
  readonly flagged: readonly number[];
}

/**
 * The 5 × 5 likelihood × severity grid, likelihood 5 in the first row, with each item placed by its
 * residual likelihood and severity. Items are numbered in the order given.
 */
export function heatMap(items: readonly ItemScore[], params: ScoringParameters): HeatMapCell[][] {
  const size = params.maxLikelihood;
  const rows: HeatMapCell[][] = [];
  for (let likelihood = size; likelihood >= 1; likelihood--) {
    const row: HeatMapCell[] = [];
    for (let severity = 1; severity <= 5; severity++) {
      const here = items
        .map((item, index) => ({ item, number: index + 1 }))
        .filter(
          ({ item }) => item.residual.likelihood === likelihood && item.severity === severity,
        );
      row.push({
        likelihood,
        severity,
        band: bandFor(likelihood * severity, params.bandLimits),
        items: here.map(({ number }) => number),
        flagged: here.filter(({ item }) => item.redFlags.length).map(({ number }) => number),
      });
    }
    rows.push(row);
  }
  return rows;
}
