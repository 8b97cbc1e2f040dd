import { ACTIVE_LOCALE } from './active-locale';

const rules = new Intl.PluralRules(ACTIVE_LOCALE);

/**
 * Picks the message for a count by the language's own plural rules: French says "1 question" and
 * "0 question", English "0 questions", Vietnamese has one form. Templates use ICU plurals; code
 * that builds a sentence uses this.
 */
export function plural(count: number, forms: { one: string; other: string }): string {
  return rules.select(count) === 'one' ? forms.one : forms.other;
}
