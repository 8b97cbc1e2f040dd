import { DOCUMENT } from '@angular/common';
import { afterNextRender, Component, inject, viewChild } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatMenuModule, MatMenuTrigger } from '@angular/material/menu';

import { LOCALE_STORAGE_KEY, LOCALES, LocaleId } from '../../shared/i18n/locales';
import { CURRENT_LANGUAGE, languageButtonLabel } from './current-language';

/**
 * The language menu itself: each language named in itself. A choice is remembered on this device
 * and the page reloads in it, on the same screen (answers are written before the page goes).
 * It loads when the user first presses the language button, and opens at once.
 */
@Component({
  selector: 'app-language-picker',
  imports: [MatButton, MatIcon, MatMenuModule],
  template: `
    <button matButton type="button" [matMenuTriggerFor]="menu" [attr.aria-label]="label">
      <mat-icon svgIcon="language" aria-hidden="true" />
      <span [attr.lang]="current.id">{{ current.name }}</span>
    </button>
    <mat-menu #menu="matMenu">
      @for (locale of locales; track locale.id) {
        <button
          mat-menu-item
          type="button"
          [attr.lang]="locale.id"
          [attr.aria-current]="locale.id === current.id ? 'true' : null"
          (click)="choose(locale.id)"
        >
          {{ locale.name }}
        </button>
      }
    </mat-menu>
  `,
})
export class LanguagePicker {
  private readonly document = inject(DOCUMENT);
  private readonly trigger = viewChild.required(MatMenuTrigger);
  protected readonly locales = LOCALES;
  protected readonly current = CURRENT_LANGUAGE;
  protected readonly label = languageButtonLabel();

  constructor() {
    // Created by the press that loaded it: that press was meant to open the menu.
    afterNextRender(() => this.trigger().openMenu());
  }

  protected choose(locale: LocaleId): void {
    if (locale === this.current.id) return;
    try {
      localStorage.setItem(LOCALE_STORAGE_KEY, locale);
    } catch {
      // Storage blocked: the page still reloads in the browser's language.
    }
    this.document.location.reload();
  }
}
