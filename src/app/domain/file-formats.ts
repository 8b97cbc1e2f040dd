// What identifies Haven's files and bounds them, without the code that reads them: the app tells
// which kind of file was picked, and refuses an oversized one, before that code is loaded.

/** Real Haven files are a few kB to a few hundred kB; anything bigger is not one. */
export const MAX_UNTRUSTED_BYTES = 5 * 1024 * 1024;

export const REQUEST_FORMAT = 'haven-questionnaire-request';
export const RESPONSE_FORMAT = 'haven-questionnaire-response';
export const REVIEW_RESPONSE_FORMAT = 'haven-review-response';
export const BACKUP_FORMAT = 'haven-backup';
