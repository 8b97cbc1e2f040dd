import { LocaleText } from '../../locale-text';
import { Condition } from '../condition';
import { AnswerOption, ChoiceQuestion, ControlQuestion, TextQuestion } from '../question-set';

export const YES = 'yes';
export const NO = 'no';

const YES_NO: readonly AnswerOption[] = [
  { value: YES, label: { en: 'Yes' } },
  { value: NO, label: { en: 'No' } },
];

interface Extras {
  readonly help?: string;
  readonly showIf?: Condition;
}

/** A yes/no question. `allowsUnknown` where a manager may honestly not know. */
export function yesNo(
  id: string,
  text: string,
  extras: Extras & { readonly allowsUnknown?: boolean } = {},
): ChoiceQuestion {
  return choice(id, text, YES_NO, extras);
}

export function choice(
  id: string,
  text: string,
  options: readonly AnswerOption[],
  extras: Extras & { readonly allowsUnknown?: boolean } = {},
): ChoiceQuestion {
  return {
    id,
    kind: 'choice',
    text: { en: text },
    options,
    allowsUnknown: extras.allowsUnknown ?? false,
    ...optional(extras),
  };
}

/** A safeguard rated on the 0–3 scale of brief §9. */
export function control(id: string, text: string, extras: Extras = {}): ControlQuestion {
  return { id, kind: 'control', text: { en: text }, ...optional(extras) };
}

export function text(
  id: string,
  label: string,
  extras: Extras & { required?: boolean } = {},
): TextQuestion {
  return {
    id,
    kind: 'text',
    text: { en: label },
    required: extras.required ?? false,
    maxLength: 120,
    ...optional(extras),
  };
}

export function option(value: string, label: string): AnswerOption {
  return { value, label: { en: label } };
}

export function en(value: string): LocaleText {
  return { en: value };
}

function optional(extras: Extras): { help?: LocaleText; showIf?: Condition } {
  return {
    ...(extras.help ? { help: { en: extras.help } } : {}),
    ...(extras.showIf ? { showIf: extras.showIf } : {}),
  };
}
