import {
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ValidatorFn,
  Validators,
} from '@angular/forms';

import { Answers } from '../../domain/questionnaire/answers';
import { Question, Section } from '../../domain/questionnaire/question-set';
import { noMarkup } from '../../shared/forms/no-markup';

export type StepForm = FormGroup<Record<string, FormControl<string>>>;

/**
 * One form group per wizard step, with a control for every question of the section, shown or not:
 * a hidden question keeps its answer, so nothing is lost when it shows again.
 */
export function buildStepForm(
  fb: NonNullableFormBuilder,
  section: Section,
  answers: Answers,
): StepForm {
  const controls: Record<string, FormControl<string>> = {};
  for (const question of section.questions) {
    controls[question.id] = fb.control(answers[question.id] ?? '', validatorsFor(question));
  }
  return fb.group(controls);
}

export function validatorsFor(question: Question): ValidatorFn[] {
  if (question.kind !== 'text') return [];
  return [
    ...(question.required ? [Validators.required, notBlank] : []),
    Validators.maxLength(question.maxLength),
    // Said where it is typed: text that reads as HTML would make the files it goes into refused.
    noMarkup,
  ];
}

/** Spaces alone do not name a business. */
export const notBlank: ValidatorFn = (control) =>
  typeof control.value === 'string' && control.value.length > 0 && control.value.trim() === ''
    ? { blank: true }
    : null;
