/** The language this page was started in (main.ts sets `$localize.locale` before the app loads). */
export const ACTIVE_LOCALE: string = $localize.locale ?? 'en';
