/**
 * The translations loaded at start-up (before the app itself is imported), by message id: the
 * interface's messages, which `$localize` reads, and the questionnaire content, which CONTENT
 * reads. Empty in English, the source language.
 */
let loaded: Readonly<Record<string, string>> = {};

export function useTranslations(translations: Readonly<Record<string, string>>): void {
  loaded = translations;
}

export function translationOf(id: string): string | undefined {
  return loaded[id];
}
