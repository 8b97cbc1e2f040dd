import { Component, computed, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';

import { CONTROL_LEVELS, Question, UNKNOWN } from '../../../domain/questionnaire/question-set';
import { CONTROL_LEVEL_LABELS, PHRASES } from '../../../shared/i18n/phrases';
import { CONTENT } from '../../../shared/i18n/content';
import { markupMessage } from '../../../shared/forms/no-markup';

/** One question with its help text, as radio buttons or a text field. */
@Component({
  selector: 'app-question-field',
  templateUrl: './question-field.html',
  styleUrl: './question-field.scss',
  imports: [ReactiveFormsModule, MatRadioModule, MatFormFieldModule, MatInput],
})
export class QuestionField {
  readonly question = input.required<Question>();
  readonly control = input.required<FormControl<string>>();
  /** Marks the question the user was sent to from the results page. */
  readonly isHighlighted = input(false);

  protected readonly markupMessage = markupMessage();
  protected readonly labelId = computed(() => `q-${this.question().id}-label`);
  protected readonly helpId = computed(() => `q-${this.question().id}-help`);
  protected readonly text = computed(() => CONTENT(this.question().text));
  protected readonly help = computed(() => {
    const help = this.question().help;
    return help ? CONTENT(help) : '';
  });
  protected readonly options = computed(() => {
    const question = this.question();
    if (question.kind === 'control') {
      return [
        ...CONTROL_LEVELS.map((level) => ({ value: level, label: CONTROL_LEVEL_LABELS[level] })),
        { value: UNKNOWN, label: PHRASES.dontKnow() },
      ];
    }
    if (question.kind === 'choice') {
      return [
        ...question.options.map((o) => ({
          value: o.value,
          label: CONTENT(o.label),
        })),
        ...(question.allowsUnknown ? [{ value: UNKNOWN, label: PHRASES.dontKnow() }] : []),
      ];
    }
    return [];
  });
  protected readonly maxLength = computed(() => {
    const question = this.question();
    return question.kind === 'text' ? question.maxLength : 0;
  });
  protected readonly isRequired = computed(() => {
    const question = this.question();
    return question.kind === 'text' && question.required;
  });
}
