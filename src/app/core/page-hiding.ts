import { DOCUMENT, inject, InjectionToken } from '@angular/core';
import { filter, fromEvent, merge, share, tap } from 'rxjs';

import { Urgency } from './pause-per-key';

/**
 * The page is being hidden, reloaded or closed. Writes that wait for typing to pause must go now:
 * a reload a moment after an import, a note or a comment must not lose it.
 */
export const PAGE_HIDING = new InjectionToken<Urgency>('page hiding', {
  providedIn: 'root',
  factory: () => {
    const document = inject(DOCUMENT);
    const window = document.defaultView!;
    // Chromium fires `pagehide` on a reload while the page still says "visible", so the page
    // counts as going from `pagehide` until it is shown again (back from the history cache).
    let isLeaving = false;
    window.addEventListener('pageshow', () => (isLeaving = false));
    const isNow = () => isLeaving || document.visibilityState === 'hidden';
    const now$ = merge(
      fromEvent(window, 'pagehide').pipe(tap(() => (isLeaving = true))),
      fromEvent(document, 'visibilitychange').pipe(filter(isNow)),
    ).pipe(share());
    return { now$, isNow };
  },
});
