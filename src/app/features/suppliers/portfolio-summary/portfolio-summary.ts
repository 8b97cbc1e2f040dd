import { DecimalPipe, PercentPipe } from '@angular/common';
import { Component, computed, input } from '@angular/core';

import { PortfolioSummary as Summary } from '../../../domain/suppliers/portfolio';
import { PHRASES } from '../../../shared/i18n/phrases';

const ORDER = ['very-high', 'high', 'medium', 'low', 'not-assessed'] as const;

/** Counts per band, the band × volume chart and clause coverage. */
@Component({
  selector: 'app-portfolio-summary',
  templateUrl: './portfolio-summary.html',
  styleUrl: './portfolio-summary.scss',
  imports: [PercentPipe, DecimalPipe],
})
export class PortfolioSummary {
  readonly summary = input.required<Summary>();
  protected readonly bars = computed(() => {
    const summary = this.summary();
    const maxVolume = Math.max(1, ...ORDER.map((band) => summary.volumeByBand[band]));
    return ORDER.map((band) => ({
      band,
      label:
        band === 'not-assessed'
          ? $localize`:@@portfolio.notAssessed:Not assessed`
          : PHRASES.band(band),
      count: summary.countsByBand[band],
      volume: summary.volumeByBand[band],
      width: (summary.volumeByBand[band] / maxVolume) * 100,
    }));
  });
}
