import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { contentId, LocaleText } from '../../src/app/domain/locale-text';

export type LanguageId = 'en' | 'es' | 'fr' | 'sw' | 'vi';

/**
 * A language's messages as the app shows them, read from the translation files, so journeys follow
 * a translation when a reviewer corrects it. English is the source catalogue.
 */
export function translations(id: LanguageId): Record<string, string> {
  const file = join(__dirname, `../../src/locale/messages${id === 'en' ? '' : `.${id}`}.json`);
  return JSON.parse(readFileSync(file, 'utf8')).translations;
}

/** Words as the page or pdftotext gives them back: one space between words, accents composed. */
export function words(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** A language's words for interface messages (by id) and questionnaire content (by its text). */
export interface Wording {
  message(id: string): string;
  content(text: LocaleText): string;
}

export function wordingOf(id: LanguageId): Wording {
  const messages = translations(id);
  return {
    message: (key) => words(messages[key]),
    content: (text) => words(messages[contentId(text)]),
  };
}
