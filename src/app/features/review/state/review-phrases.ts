import { AnswerEffect } from '../../../domain/review/answer-effects';
import { ResultMismatch } from '../../../domain/review/review';
import { Band, BANDS } from '../../../domain/scoring/risk-band';
import { PHRASES } from '../../../shared/i18n/phrases';
import { CONTENT } from '../../../shared/i18n/content';
import { plural } from '../../../shared/i18n/plural';

/** One sentence saying how an answer moved the score. */
export function effectSentence(effect: AnswerEffect): string {
  const t = CONTENT;
  switch (effect.kind) {
    case 'context':
      return effect.setsHighest
        ? $localize`:@@effect.contextHighest:Counts toward the place's context, and on its own sets it to the highest level (${effect.contextPoints}:points: context points).`
        : $localize`:@@effect.context:Counts toward the place's context (${effect.contextPoints}:points: context points in all).`;
    case 'exposure':
      return plural(effect.points, {
        one: $localize`:@@effect.exposureOne:Adds 1 exposure point to “${t(effect.item)}:item:”.`,
        other: $localize`:@@effect.exposure:Adds ${effect.points}:points: exposure points to “${t(effect.item)}:item:”.`,
      });
    case 'control': {
      const items = effect.items.map(t).join(', ');
      return effect.isCapped
        ? $localize`:@@effect.controlCapped:Rates “${t(effect.control)}:control:” ${effect.rating}:rating: of 3 (held at 2 without an annual review), reducing: ${items}:items:.`
        : $localize`:@@effect.control:Rates “${t(effect.control)}:control:” ${effect.rating}:rating: of 3, reducing: ${items}:items:.`;
    }
    case 'red-flag':
      return $localize`:@@effect.redFlag:Raises the red flag “${t(effect.flag)}:flag:”: ${effect.items.map(t).join(', ')}:items: set to Very high.`;
  }
}

/** A recorded-versus-recomputed difference, in words. */
export function mismatchSentence(
  mismatch: ResultMismatch,
  itemTitle: (id: string) => string,
): string {
  const word = (value: string) =>
    (BANDS as readonly string[]).includes(value) ? PHRASES.band(value as Band) : value;
  switch (mismatch.what) {
    case 'overall':
      return $localize`:@@mismatch.overall:Overall band: the file says ${word(mismatch.recorded)}:recorded:, Haven computes ${word(mismatch.recomputed)}:recomputed:.`;
    case 'item':
      return $localize`:@@mismatch.item:“${itemTitle(mismatch.itemId ?? '')}:item:”: the file says ${itemState(mismatch.recorded)}:recorded:, Haven computes ${itemState(mismatch.recomputed)}:recomputed:.`;
    case 'red-flags':
      return $localize`:@@mismatch.redFlags:Red flags: the file says ${mismatch.recorded}:recorded:, Haven computes ${mismatch.recomputed}:recomputed:.`;
    case 'unverified':
      return $localize`:@@mismatch.unverified:“Don't know” answers: the file says ${mismatch.recorded}:recorded:, Haven computes ${mismatch.recomputed}:recomputed:.`;
  }
}

/**
 * An item's result as recompute.ts records it ("very-high (25 → 25)": band, inherent and residual
 * score), in words. The PDF font has no arrow, and a band is never shown by its id.
 */
function itemState(recorded: string): string {
  const match = /^([a-z-]+) \((\d+) → (\d+)\)$/.exec(recorded);
  if (!match || !(BANDS as readonly string[]).includes(match[1])) return recorded;
  const band = PHRASES.band(match[1] as Band);
  const inherent = match[2];
  const residual = match[3];
  return $localize`:@@mismatch.itemState:${band}:band: (inherent ${inherent}:inherent:, residual ${residual}:residual:)`;
}
