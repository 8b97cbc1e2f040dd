import { Component, computed, input } from '@angular/core';

/**
 * A determinate progress bar (answers given, files checked, a criterion's coverage): the native
 * progressbar role and values, drawn with two boxes rather than Material's component, which is
 * not worth its code before the first question.
 */
@Component({
  selector: 'app-progress-line',
  template: `
    <div
      class="track"
      role="progressbar"
      aria-valuemin="0"
      aria-valuemax="100"
      [attr.aria-valuenow]="percent()"
      [attr.aria-label]="label() ?? null"
      [attr.aria-labelledby]="labelledBy() ?? null"
    >
      <div class="fill" [style.width.%]="percent()"></div>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .track {
      height: 4px;
      border-radius: 2px;
      overflow: hidden;
      background: var(--mat-sys-secondary-container);
    }
    .fill {
      height: 100%;
      background: var(--mat-sys-primary);
      transition: width 250ms ease;
    }
    @media (prefers-reduced-motion: reduce) {
      .fill {
        transition: none;
      }
    }
    // Forced colours (Windows high contrast): the bar keeps an outline and a visible fill.
    @media (forced-colors: active) {
      .track {
        outline: 1px solid CanvasText;
      }
      .fill {
        background: Highlight;
      }
    }
  `,
})
export class ProgressLine {
  /** From 0 to 100. */
  readonly value = input.required<number>();
  readonly label = input<string>();
  readonly labelledBy = input<string>();
  protected readonly percent = computed(() =>
    Math.round(Math.min(100, Math.max(0, this.value() || 0))),
  );
}
