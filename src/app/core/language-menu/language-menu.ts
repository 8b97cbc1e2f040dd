import { DOCUMENT } from '@angular/common';
import { Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';

import { ACTIVE_LOCALE } from '../../shared/i18n/active-locale';
import { LOCALE_STORAGE_KEY, LOCALES, LocaleId } from '../../shared/i18n/locales';

/**
 * The language menu on every screen: each language named in itself. A choice is remembered on this
 * device and the page reloads in it, on the same screen (answers are written before the page goes).
 */
@Component({
  selector: 'app-language-menu',
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
export class LanguageMenu {
  private readonly document = inject(DOCUMENT);
  protected readonly locales = LOCALES;
  protected readonly current = LOCALES.find((l) => l.id === ACTIVE_LOCALE) ?? LOCALES[0];
  protected readonly label = $localize`:@@language.button:Language: ${this.current.name}:name:`;

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
