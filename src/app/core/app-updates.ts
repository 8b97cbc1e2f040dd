import { DOCUMENT, inject } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { SwUpdate } from '@angular/service-worker';
import { filter } from 'rxjs';

/**
 * The service worker fetches a new version in the background, but never swaps it in under a user
 * mid-assessment: the user is told it is ready and the page reloads only when they say so (pending
 * writes are flushed on `pagehide`). A user who ignores the notice gets the new version the next
 * time Haven starts.
 */
export function offerUpdates(): void {
  const updates = inject(SwUpdate);
  if (!updates.isEnabled) return;
  const snackBar = inject(MatSnackBar);
  const location = inject(DOCUMENT).location;
  updates.versionUpdates.pipe(filter((event) => event.type === 'VERSION_READY')).subscribe(() =>
    snackBar
      .open(
        $localize`:@@update.ready:A new version of Haven is ready.`,
        $localize`:@@update.reload:Reload`,
      )
      .onAction()
      .subscribe(() => location.reload()),
  );
  // The cached version is broken beyond repair (its files are gone from the browser's cache and
  // the server): only a reload can bring a working one.
  updates.unrecoverable.subscribe(() =>
    snackBar
      .open(
        $localize`:@@update.broken:Haven's saved copy on this device is incomplete. Reload while online to repair it; your assessments are kept.`,
        $localize`:@@update.reload:Reload`,
      )
      .onAction()
      .subscribe(() => location.reload()),
  );
}
