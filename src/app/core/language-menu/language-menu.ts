import { Component, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';

import { CURRENT_LANGUAGE, languageButtonLabel } from './current-language';
import { LanguagePicker } from './language-picker';

/**
 * The language button on every screen. Material's menu and its overlay are not needed to show the
 * first screen, so they load on the first press (from the service worker's cache after one visit).
 * A press is a click, or Enter or Space on the button; tabbing past it loads nothing.
 */
@Component({
  selector: 'app-language-menu',
  imports: [MatButton, MatIcon, LanguagePicker],
  template: `
    @defer (when pressed()) {
      <app-language-picker />
    } @placeholder {
      <button
        matButton
        type="button"
        aria-haspopup="menu"
        [attr.aria-label]="label"
        (click)="pressed.set(true)"
      >
        <mat-icon svgIcon="language" aria-hidden="true" />
        <span [attr.lang]="current.id">{{ current.name }}</span>
      </button>
    }
  `,
})
export class LanguageMenu {
  protected readonly current = CURRENT_LANGUAGE;
  protected readonly label = languageButtonLabel();
  protected readonly pressed = signal(false);
}
