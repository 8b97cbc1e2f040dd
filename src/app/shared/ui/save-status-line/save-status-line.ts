import { LiveAnnouncer } from '@angular/cdk/a11y';
import { Component, effect, inject, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';

/**
 * Whether the latest change is safely on the device. A failure is announced at once to screen
 * readers, and so is the recovery from one; a routine "saved" after every answer is not.
 */
@Component({
  selector: 'app-save-status-line',
  imports: [MatIcon],
  template: `
    <span class="line" [class.failed]="status() === 'failed'">
      @switch (status()) {
        @case ('pending') {
          <span i18n="@@save.pending">Saving…</span>
        }
        @case ('failed') {
          <mat-icon svgIcon="warning" aria-hidden="true" />
          <span i18n="@@save.failed">Not saved on this device</span>
        }
        @default {
          <mat-icon svgIcon="saved" aria-hidden="true" />
          <span i18n="@@save.saved">Saved on this device</span>
        }
      }
    </span>
  `,
  styles: `
    .line {
      display: inline-flex;
      align-items: center;
      gap: 2px;
    }
    mat-icon {
      width: 18px;
      height: 18px;
    }
    .failed {
      color: var(--mat-sys-error);
    }
  `,
})
export class SaveStatusLine {
  readonly status = input.required<'idle' | 'pending' | 'saved' | 'failed'>();

  constructor() {
    const announcer = inject(LiveAnnouncer);
    let hasFailed = false;
    effect(() => {
      const status = this.status();
      if (status === 'failed') {
        hasFailed = true;
        announcer.announce(
          $localize`:@@save.failedAnnounced:Your last change is not saved on this device.`,
          'assertive',
        );
      } else if (status === 'saved' && hasFailed) {
        hasFailed = false;
        announcer.announce($localize`:@@save.recovered:Saved on this device again.`, 'polite');
      }
    });
  }
}
