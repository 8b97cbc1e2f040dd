/** Locales the questionnaire content is written for. English is complete; the others follow. */
export type LocaleId = 'en' | 'es' | 'fr' | 'sw' | 'vi';

/** A piece of content text, keyed by locale. English is always present and is the fallback. */
export type LocaleText = { readonly en: string } & Readonly<Partial<Record<LocaleId, string>>>;

/** Picks the text for a locale such as `fr` or `fr-CA`, falling back to English. */
export function textIn(text: LocaleText, locale: string): string {
  const language = locale.slice(0, 2) as LocaleId;
  return text[language] ?? text.en;
}
