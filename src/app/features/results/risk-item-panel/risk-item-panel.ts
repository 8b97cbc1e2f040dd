import { Component, input } from '@angular/core';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatIcon } from '@angular/material/icon';

import { ItemScore } from '../../../domain/scoring/assessment-score';
import { BandBadge } from '../../../shared/ui/band-badge/band-badge';

/** One risk item: inherent → residual band in the header, the reasons inside. */
@Component({
  selector: 'app-risk-item-panel',
  imports: [MatExpansionModule, MatIcon, BandBadge],
  template: `
    <mat-expansion-panel>
      <mat-expansion-panel-header>
        <mat-panel-title>
          <span class="item-number">{{ number() }}</span>
          <span class="title">{{ title() }}</span>
        </mat-panel-title>
        <mat-panel-description>
          @if (item().redFlags.length) {
            <mat-icon
              svgIcon="flag"
              class="flag-icon"
              i18n-aria-label="@@item.redFlagIcon"
              aria-label="Red flag"
            />
          }
          <app-band-badge [band]="item().residual.band" />
        </mat-panel-description>
      </mat-expansion-panel-header>
      <div class="bands">
        <span i18n="@@item.inherent">Inherent {{ item().inherent.score }}</span>
        <app-band-badge [band]="item().inherent.band" />
        <mat-icon svgIcon="next" aria-hidden="true" />
        <span i18n="@@item.residual">Residual {{ item().residual.score }}</span>
        <app-band-badge [band]="item().residual.band" />
        @if (item().redFlags.length) {
          <span class="flag"
            ><mat-icon svgIcon="flag" aria-hidden="true" /><span i18n="@@item.redFlag"
              >Red flag</span
            ></span
          >
        }
      </div>
      <h4 class="why" i18n="@@item.why">Why</h4>
      <ol class="reasons">
        @for (reason of reasons(); track $index) {
          <li>{{ reason }}</li>
        }
      </ol>
    </mat-expansion-panel>
  `,
  styles: `
    :host {
      display: block;
      /* Long titles wrap on a phone: let the header grow instead of clipping them. */
      --mat-expansion-header-collapsed-state-height: auto;
      --mat-expansion-header-expanded-state-height: auto;
    }
    mat-expansion-panel-header {
      padding-top: 10px;
      padding-bottom: 10px;
    }
    .item-number {
      margin-right: 8px;
    }
    mat-panel-title {
      flex: 2 1 auto;
    }
    mat-panel-description {
      flex: 0 0 auto;
      justify-content: flex-end;
      align-items: center;
      gap: 4px;
      margin-right: 8px;
    }
    .flag-icon,
    .flag {
      color: var(--haven-band-very-high-text);
    }
    .bands {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px 8px;
      font: var(--mat-sys-label-large);
    }
    .flag {
      display: inline-flex;
      align-items: center;
      gap: 2px;
    }
    .why {
      font: var(--mat-sys-title-small);
      margin: 12px 0 4px;
    }
    .reasons {
      margin: 0;
      padding-left: 20px;
      font: var(--mat-sys-body-medium);
      li {
        margin-bottom: 4px;
      }
    }
  `,
})
export class RiskItemPanel {
  readonly number = input.required<number>();
  readonly title = input.required<string>();
  readonly item = input.required<ItemScore>();
  readonly reasons = input.required<readonly string[]>();
}
