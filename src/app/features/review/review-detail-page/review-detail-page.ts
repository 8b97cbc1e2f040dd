import { DatePipe } from '@angular/common';
import { Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';

import { ReviewerName } from '../../../core/reviewer-name';
import { AnswerReview, REVIEW_STATUSES, ReviewStatus } from '../../../domain/review/review';
import { PHRASES } from '../../../shared/i18n/phrases';
import { BandBadge } from '../../../shared/ui/band-badge/band-badge';
import { ConfirmDialog, ConfirmDialogData } from '../../../shared/ui/confirm-dialog/confirm-dialog';
import { ReviewStatusChip } from '../review-status-chip/review-status-chip';
import { ReviewDetailPageActions } from '../state/review.actions';
import { reviewFeature } from '../state/review.feature';
import { REVIEW_STATUS_LABELS } from '../../../shared/i18n/review-status-labels';
import { selectReviewDetail, selectYearOverYear } from '../state/review.selectors';

const NO_REMARK: AnswerReview = { comment: '', evidenceRequested: false };

/** One submission under review: its checks, what changed since last year, each answer, the decision. */
@Component({
  selector: 'app-review-detail-page',
  templateUrl: './review-detail-page.html',
  styleUrl: './review-detail-page.scss',
  imports: [
    DatePipe,
    RouterLink,
    MatButton,
    MatCheckbox,
    MatFormFieldModule,
    MatIcon,
    MatInput,
    MatSelectModule,
    BandBadge,
    ReviewStatusChip,
  ],
})
export class ReviewDetailPage {
  private readonly store = inject(Store);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly reviewerName = inject(ReviewerName);
  protected readonly isLoaded = this.store.selectSignal(reviewFeature.selectIsLoaded);
  protected readonly detail = this.store.selectSignal(selectReviewDetail);
  protected readonly yearOverYear = this.store.selectSignal(selectYearOverYear);
  protected readonly statuses = REVIEW_STATUSES.filter((s) => s !== 'new').map((id) => ({
    id,
    label: REVIEW_STATUS_LABELS[id],
  }));
  protected readonly bandLabel = PHRASES.band;

  protected remark(
    id: string,
    question: string,
    current: AnswerReview | undefined,
    change: Partial<AnswerReview>,
  ): void {
    this.store.dispatch(
      ReviewDetailPageActions.answerReviewed({
        id,
        question,
        review: { ...NO_REMARK, ...current, ...change },
      }),
    );
  }

  protected decide(id: string, status: ReviewStatus, note: string): void {
    this.store.dispatch(ReviewDetailPageActions.decisionChanged({ id, status, note }));
  }

  protected exportLetter(id: string): void {
    this.store.dispatch(
      ReviewDetailPageActions.letterRequested({ id, reviewerName: this.reviewerName.get() }),
    );
  }

  protected exportResponse(id: string): void {
    this.store.dispatch(
      ReviewDetailPageActions.responseRequested({ id, reviewerName: this.reviewerName.get() }),
    );
  }

  protected confirmDelete(id: string, name: string): void {
    const data: ConfirmDialogData = {
      title: $localize`:@@reviewDetail.deleteTitle:Remove this submission?`,
      message: $localize`:@@reviewDetail.deleteMessage:“${name}:name:” and your review of it will be removed from this device. Export the review response first if the business has not had it.`,
      confirm: $localize`:@@reviewDetail.deleteConfirm:Remove`,
    };
    this.dialog
      .open(ConfirmDialog, { data })
      .afterClosed()
      .subscribe((confirmed) => {
        if (!confirmed) return;
        this.store.dispatch(ReviewDetailPageActions.deleteConfirmed({ id }));
        this.router.navigate(['/review']);
      });
  }
}
