import { Component, computed, input } from '@angular/core';

import { ReviewStatus } from '../../../domain/review/review';
import { REVIEW_STATUS_LABELS } from '../../../shared/i18n/review-status-labels';

/** A review's status as a small coloured label, on the queue and the detail page. */
@Component({
  selector: 'app-review-status-chip',
  template: '{{ label() }}',
  styleUrl: './review-status-chip.scss',
  host: { '[class]': '"status-" + status()' },
})
export class ReviewStatusChip {
  readonly status = input.required<ReviewStatus>();
  protected readonly label = computed(() => REVIEW_STATUS_LABELS[this.status()]);
}
