import { contentId, LocaleText } from './locale-text';
import { QuestionSet } from './questionnaire/question-set';
import { ALL_QUESTION_SETS } from './questionnaire/sets';
import { CATEGORY_TITLES } from './suppliers/supplier-category';

/**
 * Every piece of content Haven shows — questionnaires (titles, sections, questions, options,
 * help), safeguards, risks, red flags, actions, register facts and supplier categories — by its
 * message id, in English. The translation files follow it (`npm run i18n:extract` writes it into
 * src/locale/messages.json).
 */
export function contentCatalogue(
  sets: readonly QuestionSet[] = ALL_QUESTION_SETS,
): Record<string, string> {
  const texts: LocaleText[] = [...Object.values(CATEGORY_TITLES)];
  for (const set of sets) texts.push(...textsOf(set));
  return Object.fromEntries(texts.map((text) => [contentId(text), text.en]));
}

function textsOf(set: QuestionSet): LocaleText[] {
  const texts: (LocaleText | undefined)[] = [set.title];
  for (const section of set.sections) {
    texts.push(section.title, section.intro);
    for (const question of section.questions) {
      texts.push(question.text, question.help);
      if (question.kind === 'choice') texts.push(...question.options.map((o) => o.label));
    }
  }
  for (const fact of set.facts ?? []) texts.push(fact.title, ...fact.options.map((o) => o.label));
  texts.push(...set.controls.map((c) => c.title), ...set.riskItems.map((i) => i.title));
  texts.push(...set.redFlags.map((f) => f.title));
  texts.push(...set.actions.flatMap((a) => [a.gap, a.action]));
  return texts.filter((text): text is LocaleText => text !== undefined);
}
