import { DOCUMENT, inject } from '@angular/core';
import { SwUpdate } from '@angular/service-worker';
import { filter } from 'rxjs';

import { Notices } from './notices';

/**
 * The service worker fetches a new version in the background, but never swaps it in under a user
 * mid-assessment: the user is told it is ready and the page reloads only when they say so (pending
 * writes are flushed on `pagehide`). A user who ignores the notice gets the new version the next
 * time Haven starts.
 */
export function offerUpdates(): void {
  const updates = inject(SwUpdate);
  if (!updates.isEnabled) return;
  const notices = inject(Notices);
  const location = inject(DOCUMENT).location;
  const offerReload = async (message: string) => {
    const notice = await notices.show(message, $localize`:@@update.reload:Reload`, 'stay');
    notice.onAction().subscribe(() => location.reload());
  };
  updates.versionUpdates
    .pipe(filter((event) => event.type === 'VERSION_READY'))
    .subscribe(() => offerReload($localize`:@@update.ready:A new version of Haven is ready.`));
  // The cached version is broken beyond repair (its files are gone from the browser's cache and
  // the server): only a reload can bring a working one.
  updates.unrecoverable.subscribe(() =>
    offerReload(
      $localize`:@@update.broken:Haven's saved copy on this device is incomplete. Reload while online to repair it; your assessments are kept.`,
    ),
  );
}
