/**
 * The locale questionnaire content is shown in: the one this build was localized for
 * (`ng build --localize` sets it), English otherwise. Content falls back to English per text.
 */
export const CONTENT_LOCALE: string = $localize.locale ?? 'en';
