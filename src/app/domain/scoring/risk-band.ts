/** Risk bands from lowest to highest (brief §9). */
export const BANDS = ['low', 'medium', 'high', 'very-high'] as const;
export type Band = (typeof BANDS)[number];

/** Upper score limit of each band except the last, which takes everything above. */
export interface BandLimits {
  readonly low: number;
  readonly medium: number;
  readonly high: number;
}

export function bandFor(score: number, limits: BandLimits): Band {
  if (score <= limits.low) return 'low';
  if (score <= limits.medium) return 'medium';
  if (score <= limits.high) return 'high';
  return 'very-high';
}

export function bandRank(band: Band): number {
  return BANDS.indexOf(band);
}

/** The worse of two bands; a Very high is never averaged away. */
export function worseBand(a: Band, b: Band): Band {
  return bandRank(a) >= bandRank(b) ? a : b;
}
