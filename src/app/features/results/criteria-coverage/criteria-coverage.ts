import { PercentPipe } from '@angular/common';
import { Component, input } from '@angular/core';

import { CriterionCoverage } from '../../../domain/scoring/assessment-score';
import { PHRASES } from '../../../shared/i18n/phrases';
import { ProgressLine } from '../../../shared/ui/progress-line/progress-line';

/** How far each of the six Code criteria is in place, from the ratings of its safeguards. */
@Component({
  selector: 'app-criteria-coverage',
  imports: [ProgressLine, PercentPipe],
  template: `
    <ul>
      @for (c of criteria(); track c.criterion) {
        <li>
          <span class="label" [id]="'criterion-' + c.criterion">{{ label(c.criterion) }}</span>
          @if (c.ratio !== null) {
            <app-progress-line [value]="c.ratio * 100" [labelledBy]="'criterion-' + c.criterion" />
            <span class="value">{{ c.ratio | percent }}</span>
          } @else {
            <span class="value na" i18n="@@coverage.na">Not asked</span>
          }
        </li>
      }
    </ul>
  `,
  styles: `
    ul {
      list-style: none;
      padding: 0;
      margin: 0;
      display: grid;
      gap: 10px;
    }
    li {
      display: grid;
      grid-template-columns: minmax(140px, 1fr) 2fr 48px;
      align-items: center;
      gap: 12px;
    }
    .label {
      font: var(--mat-sys-body-medium);
    }
    .value {
      font: var(--mat-sys-label-large);
      text-align: right;
    }
    .na {
      grid-column: 2 / 4;
      text-align: left;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class CriteriaCoverage {
  readonly criteria = input.required<readonly CriterionCoverage[]>();
  protected readonly label = PHRASES.criterion;
}
