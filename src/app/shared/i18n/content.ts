import { contentId, Translate } from '../../domain/locale-text';
import { translationOf } from './translations';

/** Questionnaire content (questions, risks, actions…) in the language the app runs in. */
export const CONTENT: Translate = (text) => translationOf(contentId(text)) ?? text.en;
