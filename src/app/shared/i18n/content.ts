import { contentId, LocaleText, Translate } from '../../domain/locale-text';
import { translationOf } from './translations';

// Templates ask for the same static texts on every change detection; hash each one once.
const worded = new WeakMap<LocaleText, string>();

/** Questionnaire content (questions, risks, actions…) in the language the app runs in. */
export const CONTENT: Translate = (text) => {
  let result = worded.get(text);
  if (result === undefined) {
    result = translationOf(contentId(text)) ?? text.en;
    worded.set(text, result);
  }
  return result;
};
