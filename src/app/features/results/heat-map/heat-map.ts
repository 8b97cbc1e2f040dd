import { Component, input } from '@angular/core';

import { HeatMapCell } from '../../../domain/scoring/heat-map';
import { PHRASES } from '../../../shared/i18n/phrases';

/** The 5 × 5 likelihood × severity grid with each risk item's number in its residual cell. */
@Component({
  selector: 'app-heat-map',
  templateUrl: './heat-map.html',
  styleUrl: './heat-map.scss',
})
export class HeatMap {
  readonly rows = input.required<readonly (readonly HeatMapCell[])[]>();
  protected readonly severities = [1, 2, 3, 4, 5];
  protected readonly bandLabel = PHRASES.band;
}
