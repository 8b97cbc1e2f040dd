import { Component, input } from '@angular/core';

/**
 * Shown while a page reads its records from the device: an indeterminate progressbar with a name,
 * drawn in CSS (a turning ring; a still one for reduced motion).
 */
@Component({
  selector: 'app-loading-indicator',
  template: `<div class="ring" role="progressbar" [attr.aria-label]="label()"></div>`,
  styles: `
    :host {
      display: block;
      padding: 24px 0;
    }
    .ring {
      width: 40px;
      height: 40px;
      box-sizing: border-box;
      border-radius: 50%;
      border: 4px solid var(--mat-sys-secondary-container);
      border-top-color: var(--mat-sys-primary);
      animation: turn 0.9s linear infinite;
    }
    @keyframes turn {
      to {
        transform: rotate(360deg);
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .ring {
        animation: none;
      }
    }
    @media (forced-colors: active) {
      .ring {
        border-color: CanvasText;
        border-top-color: Highlight;
      }
    }
  `,
})
export class LoadingIndicator {
  readonly label = input.required<string>();
}
