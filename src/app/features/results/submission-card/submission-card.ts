import { DatePipe } from '@angular/common';
import { Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButton } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { Store } from '@ngrx/store';

import { Assessment } from '../../../domain/assessment/assessment';
import { QuestionSet } from '../../../domain/questionnaire/question-set';
import { ConfirmDialog, ConfirmDialogData } from '../../../shared/ui/confirm-dialog/confirm-dialog';
import { SubmissionActions } from '../../assessments/state/assessment.actions';
import { selectOpenedReview } from '../../assessments/state/assessment.selectors';

/**
 * Submitting to The Code: the button before, the lock and next year's draft after, and the
 * reviewer's decision and comments once their response is imported.
 */
@Component({
  selector: 'app-submission-card',
  templateUrl: './submission-card.html',
  styleUrl: './submission-card.scss',
  imports: [DatePipe, RouterLink, MatButton, MatCardModule, MatIcon],
})
export class SubmissionCard {
  readonly assessment = input.required<Assessment>();
  readonly set = input.required<QuestionSet>();
  /** Questions still to answer: only a complete assessment can be submitted. */
  readonly unansweredCount = input(0);

  private readonly store = inject(Store);
  private readonly dialog = inject(MatDialog);
  protected readonly review = this.store.selectSignal(selectOpenedReview);

  protected confirmSubmit(): void {
    const data: ConfirmDialogData = {
      title: $localize`:@@submit.confirmTitle:Submit this assessment for review?`,
      message: $localize`:@@submit.confirmMessage:Haven saves a sealed submission file and the PDF on this device for you to send. The answers and the action plan are then locked; next year you start a new draft from this one.`,
      confirm: $localize`:@@submit.confirm:Submit`,
    };
    this.dialog
      .open(ConfirmDialog, { data })
      .afterClosed()
      .subscribe((confirmed) => {
        if (confirmed) {
          this.store.dispatch(SubmissionActions.submitConfirmed({ id: this.assessment().id }));
        }
      });
  }

  protected startNextDraft(): void {
    this.store.dispatch(SubmissionActions.nextDraftStarted(this.assessment(), this.set()));
  }

  protected chooseReview(input: HTMLInputElement): void {
    const file = input.files?.[0];
    input.value = '';
    if (file) this.store.dispatch(SubmissionActions.reviewFileChosen({ file }));
  }
}
