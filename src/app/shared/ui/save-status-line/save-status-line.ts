import { Component, input } from '@angular/core';
import { MatIcon } from '@angular/material/icon';

/** Whether the latest change is safely on the device. Announced politely to screen readers. */
@Component({
  selector: 'app-save-status-line',
  imports: [MatIcon],
  template: `
    <span role="status" aria-live="polite" [class.failed]="status() === 'failed'">
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
    span[role='status'] {
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
}
