import { DatePipe } from '@angular/common';
import { Component, inject, Injector, signal } from '@angular/core';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';

import { QUESTION_SETS } from '../../../domain/questionnaire/sets';
import { questionnaireLength } from '../../../domain/questionnaire/time-estimate';
import { BandBadge } from '../../../shared/ui/band-badge/band-badge';
import type { ConfirmDialogData } from '../../../shared/ui/confirm-dialog/confirm-dialog';
import { HomePageActions } from '../state/assessment.actions';
import { assessmentsFeature } from '../state/assessment.feature';
import { selectAssessmentSummaries } from '../state/assessment.selectors';
import { selectIsBackupDue } from '../../settings/state/backup.selectors';
import { AssessmentMoreMenu } from './assessment-more-menu';
import { LoadingIndicator } from '../../../shared/ui/loading-indicator/loading-indicator';
import { BackupReminder } from '../../settings/backup-reminder/backup-reminder';

@Component({
  selector: 'app-home-page',
  templateUrl: './home-page.html',
  styleUrl: './home-page.scss',
  imports: [
    LoadingIndicator,
    DatePipe,
    RouterLink,
    MatButton,
    MatIconButton,
    MatCardModule,
    MatIcon,
    BandBadge,
    AssessmentMoreMenu,
    BackupReminder,
  ],
})
export class HomePage {
  private readonly store = inject(Store);
  private readonly injector = inject(Injector);
  protected readonly isLoaded = this.store.selectSignal(assessmentsFeature.selectIsLoaded);
  protected readonly assessments = this.store.selectSignal(selectAssessmentSummaries);
  protected readonly isBackupDue = this.store.selectSignal(selectIsBackupDue);
  /** The promise on the first screen, from the estimate model (time-estimate.ts). */
  protected readonly length = questionnaireLength(QUESTION_SETS);

  /** Assessments whose "more" button was pressed: their Material menu loads then (home-page.html). */
  protected readonly menusPressed = signal<ReadonlySet<string>>(new Set());

  protected pressMenu(id: string): void {
    this.menusPressed.update((ids) => new Set([...ids, id]));
  }

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

  protected async confirmDelete(id: string, name: string): Promise<void> {
    const data: ConfirmDialogData = {
      title: $localize`:@@home.deleteTitle:Delete this assessment?`,
      message: $localize`:@@home.deleteMessage:“${name}:name:” and its action plan will be removed from this device. Export it first if you may need it again.`,
      confirm: $localize`:@@home.deleteConfirm:Delete`,
    };
    // The dialog code loads when first needed, not with the list.
    const [{ MatDialog }, { ConfirmDialog }] = await Promise.all([
      import('@angular/material/dialog'),
      import('../../../shared/ui/confirm-dialog/confirm-dialog'),
    ]);
    // Opened from a menu item that is gone once the menu closes: focus returns to the menu's button.
    this.injector
      .get(MatDialog)
      .open(ConfirmDialog, { data, restoreFocus: `[data-more-for="${id}"]` })
      .afterClosed()
      .subscribe((confirmed) => {
        if (confirmed) this.store.dispatch(HomePageActions.deleteConfirmed({ id }));
      });
  }
}
