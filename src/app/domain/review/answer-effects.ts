import { LocaleText } from '../locale-text';
import { AssessmentScore, ControlRating } from '../scoring/assessment-score';

/** One way an answer moved the score, for a reviewer reading the answers one by one. */
export type AnswerEffect =
  | {
      readonly kind: 'context';
      readonly contextPoints: number;
      /** This answer (the known-hotspot question) sets the context to its highest level alone. */
      readonly setsHighest: boolean;
    }
  | { readonly kind: 'exposure'; readonly item: LocaleText; readonly points: number }
  | {
      readonly kind: 'control';
      readonly control: LocaleText;
      readonly rating: number;
      readonly isCapped: boolean;
      readonly items: readonly LocaleText[];
    }
  | { readonly kind: 'red-flag'; readonly flag: LocaleText; readonly items: readonly LocaleText[] };

/**
 * For every question, the parts of the score its answer drove: the context, an item's exposure,
 * a control's rating (and the items it reduces), a red flag. Questions that drove nothing are
 * absent. Built from the score's own reasons, so it says exactly what the engine did.
 */
export function answerEffects(
  score: AssessmentScore,
): ReadonlyMap<string, readonly AnswerEffect[]> {
  const effects = new Map<string, AnswerEffect[]>();
  const add = (question: string, effect: AnswerEffect) =>
    effects.set(question, [...(effects.get(question) ?? []), effect]);
  const itemTitle = (id: string) => score.items.find((i) => i.itemId === id)?.title ?? { en: id };

  for (const factor of score.context.factors) {
    add(factor.question, {
      kind: 'context',
      contextPoints: score.context.points,
      setsHighest: score.context.hotspot?.question === factor.question,
    });
  }
  for (const item of score.items) {
    for (const reason of item.exposure) {
      add(reason.question, { kind: 'exposure', item: item.title, points: reason.points });
    }
  }
  // A control counts toward every item it is mapped to: one line per control, naming the items.
  const controls = new Map<string, { rating: ControlRating; items: LocaleText[] }>();
  for (const item of score.items) {
    for (const control of item.controls) {
      const entry = controls.get(control.controlId) ?? { rating: control, items: [] };
      entry.items.push(item.title);
      controls.set(control.controlId, entry);
    }
  }
  for (const { rating, items } of controls.values()) {
    add(rating.answer.question, {
      kind: 'control',
      control: rating.title,
      rating: rating.rating,
      isCapped: rating.isCapped,
      items,
    });
  }
  for (const flag of score.redFlags) {
    for (const answer of flag.answers) {
      add(answer.question, {
        kind: 'red-flag',
        flag: flag.title,
        items: flag.items.map(itemTitle),
      });
    }
  }
  return effects;
}
