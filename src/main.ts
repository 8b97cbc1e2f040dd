import { registerLocaleData } from '@angular/common';
import { loadTranslations } from '@angular/localize';

import {
  chooseLocale,
  LOCALE_STORAGE_KEY,
  LOCALES,
  LocaleId,
  SOURCE_LOCALE,
} from './app/shared/i18n/locales';
import { trustServiceWorkerScript } from './app/core/trusted-types';
import { useTranslations } from './app/shared/i18n/translations';

// The language's messages are loaded before the app is imported: `$localize` words a message when
// its module is first evaluated, so the app must not load before the translations are in place.
start();

async function start(): Promise<void> {
  trustServiceWorkerScript(document);
  const locale = await loadLocale(chooseLocale(remembered(), navigator.languages));
  document.documentElement.lang = locale;
  const { bootstrap } = await import('./bootstrap');
  await bootstrap(locale);
}

/** Loads a language's translations and formats; falls back to English if they cannot be had. */
async function loadLocale(locale: LocaleId): Promise<LocaleId> {
  if (locale === SOURCE_LOCALE) return locale;
  try {
    const entry = LOCALES.find((l) => l.id === locale)!;
    const [file, data] = await Promise.all([
      fetch(`locale/messages.${locale}.json`).then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json() as Promise<{ translations: Record<string, string> }>;
      }),
      entry.data(),
    ]);
    loadTranslations(file.translations);
    useTranslations(file.translations);
    registerLocaleData(data.default);
    $localize.locale = locale;
    return locale;
  } catch (error) {
    console.error(`Haven could not load the ${locale} translations; it runs in English.`, error);
    return SOURCE_LOCALE;
  }
}

function remembered(): string | null {
  try {
    return localStorage.getItem(LOCALE_STORAGE_KEY);
  } catch {
    return null;
  }
}
