import { DatePipe } from '@angular/common';
import { Component, inject } from '@angular/core';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';

import { QUESTION_SETS } from '../../../domain/questionnaire/sets';
import { questionnaireLength } from '../../../domain/questionnaire/time-estimate';
import { BandBadge } from '../../../shared/ui/band-badge/band-badge';
import { ConfirmDialog, ConfirmDialogData } from '../../../shared/ui/confirm-dialog/confirm-dialog';
import { HomePageActions } from '../state/assessment.actions';
import { assessmentsFeature } from '../state/assessment.feature';
import { selectAssessmentSummaries } from '../state/assessment.selectors';

@Component({
  selector: 'app-home-page',
  templateUrl: './home-page.html',
  styleUrl: './home-page.scss',
  imports: [
    DatePipe,
    RouterLink,
    MatButton,
    MatIconButton,
    MatCardModule,
    MatIcon,
    MatMenuModule,
    MatProgressSpinner,
    BandBadge,
  ],
})
export class HomePage {
  private readonly store = inject(Store);
  private readonly dialog = inject(MatDialog);
  protected readonly isLoaded = this.store.selectSignal(assessmentsFeature.selectIsLoaded);
  protected readonly assessments = this.store.selectSignal(selectAssessmentSummaries);
  /** The promise on the first screen, from the estimate model (time-estimate.ts). */
  protected readonly length = questionnaireLength(QUESTION_SETS);

  protected importFile(input: HTMLInputElement): void {
    const file = input.files?.[0];
    // Clear the picker so that choosing the same file again (after fixing it) imports again.
    input.value = '';
    if (file) this.store.dispatch(HomePageActions.importFileChosen({ file }));
  }

  protected moreLabel(name: string): string {
    return name
      ? $localize`:@@home.more:More actions for ${name}:name:`
      : $localize`:@@home.moreUnnamed:More actions for this assessment`;
  }

  protected exportAssessment(id: string): void {
    this.store.dispatch(HomePageActions.exportRequested({ id }));
  }

  protected confirmDelete(id: string, name: string): void {
    const data: ConfirmDialogData = {
      title: $localize`:@@home.deleteTitle:Delete this assessment?`,
      message: $localize`:@@home.deleteMessage:“${name}:name:” and its action plan will be removed from this device. Export it first if you may need it again.`,
      confirm: $localize`:@@home.deleteConfirm:Delete`,
    };
    // Opened from a menu item that is gone once the menu closes: focus returns to the menu's button.
    this.dialog
      .open(ConfirmDialog, { data, restoreFocus: `[data-more-for="${id}"]` })
      .afterClosed()
      .subscribe((confirmed) => {
        if (confirmed) this.store.dispatch(HomePageActions.deleteConfirmed({ id }));
      });
  }
}
