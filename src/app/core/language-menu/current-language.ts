import { ACTIVE_LOCALE } from '../../shared/i18n/active-locale';
import { LOCALES } from '../../shared/i18n/locales';

/** The language this page runs in, named in itself. */
export const CURRENT_LANGUAGE = LOCALES.find((l) => l.id === ACTIVE_LOCALE) ?? LOCALES[0];

/** The language button's accessible name, the same on the light button and on the full menu. */
export function languageButtonLabel(): string {
  return $localize`:@@language.button:Language: ${CURRENT_LANGUAGE.name}:name:`;
}
