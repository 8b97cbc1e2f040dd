import { Component, input } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';

const VIEWS = [
  { path: 'questions', label: $localize`:@@nav.questions:Questions` },
  { path: 'results', label: $localize`:@@nav.results:Results` },
  { path: 'plan', label: $localize`:@@nav.plan:Action plan` },
];

/**
 * Links between the three views of one assessment: questions, results and action plan. They are
 * pages, so plain links in a navigation landmark (the current one marked `aria-current`), drawn as
 * tabs without loading Material's tab code before the first question.
 */
@Component({
  selector: 'app-assessment-nav',
  imports: [RouterLink, RouterLinkActive],
  template: `
    <nav i18n-aria-label="@@nav.label" aria-label="This assessment">
      @for (view of views; track view.path) {
        <a
          [routerLink]="['/assessments', id(), view.path]"
          routerLinkActive="active"
          ariaCurrentWhenActive="page"
          >{{ view.label }}</a
        >
      }
    </nav>
    <ng-content />
  `,
  styles: `
    nav {
      display: flex;
      margin-bottom: 16px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    a {
      flex: 1 1 0;
      display: flex;
      align-items: center;
      justify-content: center;
      min-height: 48px;
      padding: 0 12px;
      text-align: center;
      font: var(--mat-sys-title-small);
      color: var(--mat-sys-on-surface-variant);
      text-decoration: none;
      border-bottom: 3px solid transparent;
      margin-bottom: -1px;
    }
    a:hover {
      background: color-mix(in srgb, var(--mat-sys-on-surface) 8%, transparent);
    }
    a:focus-visible {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: -2px;
    }
    a.active {
      color: var(--mat-sys-primary);
      border-bottom-color: var(--mat-sys-primary);
    }
  `,
})
export class AssessmentNav {
  readonly id = input.required<string>();
  protected readonly views = VIEWS;
}
