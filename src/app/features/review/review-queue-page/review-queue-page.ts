import { DatePipe } from '@angular/common';
import { Component, computed, DestroyRef, inject, OnInit, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { debounceTime } from 'rxjs';

import { ReviewerName } from '../../../core/reviewer-name';
import { REVIEW_STATUSES } from '../../../domain/review/review';
import { BandBadge } from '../../../shared/ui/band-badge/band-badge';
import { ReviewStatusChip } from '../review-status-chip/review-status-chip';
import { ReviewQueuePageActions } from '../state/review.actions';
import { reviewFeature } from '../state/review.feature';
import { REVIEW_STATUS_LABELS } from '../../../shared/i18n/review-status-labels';
import { selectQueue, selectQueueCount, selectQueueFacets } from '../state/review.selectors';
import { importOutcomeMessage } from '../state/submission-problem-message';
import { ProgressLine } from '../../../shared/ui/progress-line/progress-line';
import { LoadingIndicator } from '../../../shared/ui/loading-indicator/loading-indicator';

/** Code staff's queue: import submission files, see which need attention first, open one. */
@Component({
  selector: 'app-review-queue-page',
  templateUrl: './review-queue-page.html',
  styleUrl: './review-queue-page.scss',
  imports: [
    LoadingIndicator,
    ProgressLine,
    DatePipe,
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatFormFieldModule,
    MatIcon,
    MatInput,
    MatSelectModule,
    BandBadge,
    ReviewStatusChip,
  ],
})
export class ReviewQueuePage implements OnInit {
  private readonly store = inject(Store);
  private readonly destroyRef = inject(DestroyRef);
  private readonly reviewerName = inject(ReviewerName);
  protected readonly isLoaded = this.store.selectSignal(reviewFeature.selectIsLoaded);
  protected readonly total = this.store.selectSignal(selectQueueCount);
  protected readonly queue = this.store.selectSignal(selectQueue);
  protected readonly facets = this.store.selectSignal(selectQueueFacets);
  protected readonly progress = this.store.selectSignal(reviewFeature.selectProgress);
  protected readonly checkedCount = computed(() => this.progress()?.outcomes.length ?? 0);
  protected readonly refused = computed(() =>
    (this.progress()?.outcomes ?? []).flatMap((o) =>
      o.ok ? [] : [{ fileName: o.fileName, message: importOutcomeMessage(o) }],
    ),
  );
  protected readonly admitted = computed(() =>
    (this.progress()?.outcomes ?? []).flatMap((o) => (o.ok ? [o] : [])),
  );
  protected readonly isDragging = signal(false);
  protected readonly statuses = REVIEW_STATUSES.map((id) => ({
    id,
    label: REVIEW_STATUS_LABELS[id],
  }));
  protected readonly name = new FormControl(this.reviewerName.get(), { nonNullable: true });
  private readonly initialFilter = this.store.selectSignal(reviewFeature.selectFilter)();
  protected readonly filter = inject(NonNullableFormBuilder).group({
    text: [this.initialFilter.text],
    country: [this.initialFilter.country],
    sector: [this.initialFilter.sector],
    status: [this.initialFilter.status],
  });

  ngOnInit(): void {
    this.filter.valueChanges
      .pipe(debounceTime(150), takeUntilDestroyed(this.destroyRef))
      .subscribe(() =>
        this.store.dispatch(
          ReviewQueuePageActions.filterChanged({ filter: this.filter.getRawValue() }),
        ),
      );
    this.name.valueChanges
      .pipe(debounceTime(300), takeUntilDestroyed(this.destroyRef))
      .subscribe((name) => this.reviewerName.set(name.trim()));
  }

  protected choose(input: HTMLInputElement): void {
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length) this.store.dispatch(ReviewQueuePageActions.filesChosen({ files }));
  }

  protected dragOver(event: DragEvent): void {
    // Without this the browser opens the dropped file instead of handing it to the page.
    event.preventDefault();
    this.isDragging.set(true);
  }

  protected drop(event: DragEvent): void {
    event.preventDefault();
    this.isDragging.set(false);
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length) this.store.dispatch(ReviewQueuePageActions.filesChosen({ files }));
  }

  protected dismissReport(): void {
    this.store.dispatch(ReviewQueuePageActions.importReportDismissed());
  }
}
