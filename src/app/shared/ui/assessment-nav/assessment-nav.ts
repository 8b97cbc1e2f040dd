import { Component, input } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive } from '@angular/router';

const TABS = [
  { path: 'questions', label: $localize`:@@nav.questions:Questions` },
  { path: 'results', label: $localize`:@@nav.results:Results` },
  { path: 'plan', label: $localize`:@@nav.plan:Action plan` },
];

/** Links between the three views of one assessment: questions, results and action plan. */
@Component({
  selector: 'app-assessment-nav',
  imports: [MatTabsModule, RouterLink, RouterLinkActive],
  template: `
    <nav
      mat-tab-nav-bar
      mat-stretch-tabs="true"
      [tabPanel]="panel"
      i18n-aria-label="@@nav.label"
      aria-label="This assessment"
    >
      @for (tab of tabs; track tab.path) {
        <a
          mat-tab-link
          [routerLink]="['/assessments', id(), tab.path]"
          routerLinkActive
          #link="routerLinkActive"
          [active]="link.isActive"
          >{{ tab.label }}</a
        >
      }
    </nav>
    <mat-tab-nav-panel #panel><ng-content /></mat-tab-nav-panel>
  `,
  styles: `
    nav {
      margin-bottom: 16px;
    }
  `,
})
export class AssessmentNav {
  readonly id = input.required<string>();
  protected readonly tabs = TABS;
}
