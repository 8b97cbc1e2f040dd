import { inject, Injectable, Injector } from '@angular/core';
import type { MatSnackBar, MatSnackBarRef, TextOnlySnackBar } from '@angular/material/snack-bar';

/** How long a notice stays, by its length: long ones need time to be read. */
function readingTime(message: string): number {
  return message.length > 60 ? 12_000 : 5_000;
}

/**
 * Short messages at the foot of the screen (Material's snack bar). The snack bar and its overlay
 * load the first time a notice is shown, not with the first screen.
 */
@Injectable({ providedIn: 'root' })
export class Notices {
  private readonly injector = inject(Injector);
  private snackBar?: Promise<MatSnackBar>;

  /**
   * Shows a message with a button. `duration` 'stay' keeps it until the user acts on it; by
   * default it goes after a time that depends on its length.
   */
  async show(
    message: string,
    action: string,
    duration: number | 'stay' = readingTime(message),
  ): Promise<MatSnackBarRef<TextOnlySnackBar>> {
    this.snackBar ??= import('@angular/material/snack-bar').then(({ MatSnackBar }) =>
      this.injector.get(MatSnackBar),
    );
    return (await this.snackBar).open(message, action, {
      duration: duration === 'stay' ? undefined : duration,
    });
  }
}
