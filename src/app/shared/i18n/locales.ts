/**
 * The languages Haven speaks. Adding one is this line and its translation file
 * `src/locale/messages.<id>.json` (README, "Translations").
 */
export const LOCALES = [
  { id: 'en', name: 'English', data: () => import('@angular/common/locales/en') },
  { id: 'es', name: 'Español', data: () => import('@angular/common/locales/es') },
  { id: 'fr', name: 'Français', data: () => import('@angular/common/locales/fr') },
  { id: 'sw', name: 'Kiswahili', data: () => import('@angular/common/locales/sw') },
  { id: 'vi', name: 'Tiếng Việt', data: () => import('@angular/common/locales/vi') },
] as const;

export type LocaleId = (typeof LOCALES)[number]['id'];

export const SOURCE_LOCALE: LocaleId = 'en';

/** Where the user's choice is remembered on this device. */
export const LOCALE_STORAGE_KEY = 'haven.locale';

/**
 * The language to start in: the one chosen on this device, else the first of the browser's
 * languages Haven speaks ("fr-BJ" is French), else English.
 */
export function chooseLocale(remembered: string | null, browser: readonly string[]): LocaleId {
  const known = (tag: string | null) =>
    LOCALES.find((l) => l.id === tag?.toLowerCase().split('-')[0])?.id;
  return known(remembered) ?? browser.map(known).find(Boolean) ?? SOURCE_LOCALE;
}
