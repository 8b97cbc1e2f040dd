import { Injectable } from '@angular/core';
import { PreloadingStrategy, Route } from '@angular/router';
import { EMPTY, Observable, switchMap } from 'rxjs';

import { savesData, whenIdle } from './idle';

/** Marks a page worth fetching before it is asked for: the next steps of an assessment. */
export const PRELOAD = { preload: true };

/**
 * Fetches the pages marked with PRELOAD once the first screen has settled, never before it: on a
 * phone every byte before the first question delays it. Nothing is preloaded when the user asked
 * to save data. The service worker then keeps every page for offline use.
 */
@Injectable({ providedIn: 'root' })
export class PreloadNextSteps implements PreloadingStrategy {
  preload(route: Route, load: () => Observable<unknown>): Observable<unknown> {
    if (!route.data?.['preload'] || savesData()) return EMPTY;
    return whenIdle().pipe(switchMap(load));
  }
}
