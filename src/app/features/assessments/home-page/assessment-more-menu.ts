import { afterNextRender, Component, input, output, viewChild } from '@angular/core';
import { MatIconButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatMenuModule, MatMenuTrigger } from '@angular/material/menu';

/**
 * The "more actions" menu of one assessment on the home page. It loads when the user first presses
 * the light button drawn in its place (see home-page.html), so it opens at once.
 */
@Component({
  selector: 'app-assessment-more-menu',
  imports: [MatIconButton, MatIcon, MatMenuModule],
  template: `
    <button
      matIconButton
      [matMenuTriggerFor]="more"
      [attr.aria-label]="label()"
      [attr.data-more-for]="assessmentId()"
    >
      <mat-icon svgIcon="more" aria-hidden="true" />
    </button>
    <mat-menu #more="matMenu">
      <button mat-menu-item (click)="exportChosen.emit()">
        <mat-icon svgIcon="download" aria-hidden="true" />
        <span i18n="@@home.export">Export to a file</span>
      </button>
      <button mat-menu-item (click)="deleteChosen.emit()">
        <mat-icon svgIcon="delete" aria-hidden="true" />
        <span i18n="@@home.delete">Delete</span>
      </button>
    </mat-menu>
  `,
})
export class AssessmentMoreMenu {
  readonly assessmentId = input.required<string>();
  readonly label = input.required<string>();
  readonly exportChosen = output();
  readonly deleteChosen = output();
  private readonly trigger = viewChild.required(MatMenuTrigger);

  constructor() {
    // Created by the press that loaded it: that press was meant to open the menu.
    afterNextRender(() => this.trigger().openMenu());
  }
}
