import { Component, computed, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';

import { Band } from '../../../domain/scoring/risk-band';
import { PHRASES } from '../../i18n/phrases';

const ICONS: Record<Band, string> = {
  low: 'check',
  medium: 'info',
  high: 'warning',
  'very-high': 'error',
};

/** A risk band as text, icon and colour together, so it never depends on colour alone. */
@Component({
  selector: 'app-band-badge',
  templateUrl: './band-badge.html',
  styleUrl: './band-badge.scss',
  imports: [MatIcon],
  host: { '[class]': '"band-" + band() + (large() ? " large" : "")' },
})
export class BandBadge {
  readonly band = input.required<Band>();
  readonly large = input(false);
  protected readonly icon = computed(() => ICONS[this.band()]);
  protected readonly label = computed(() => PHRASES.band(this.band()));
}
