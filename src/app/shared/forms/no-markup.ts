import { AbstractControl, ValidationErrors } from '@angular/forms';

import { readsAsMarkup } from '../../domain/markup';

/** Refuses text that reads as HTML where it is typed, under the error key `markup`. */
export function noMarkup(control: AbstractControl<string>): ValidationErrors | null {
  return readsAsMarkup(control.value ?? '') ? { markup: true } : null;
}

/** The message beside a field whose text reads as HTML. */
export function markupMessage(): string {
  return $localize`:@@form.markup:Text that reads as HTML (a “<” just before a letter) cannot go into Haven’s files. Remove the “<” or add a space after it.`;
}
