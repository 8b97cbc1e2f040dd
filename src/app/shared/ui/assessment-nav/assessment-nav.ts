import { Component, input } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive } from '@angular/router';

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
      <a
        mat-tab-link
        [routerLink]="['/assessments', id(), 'questions']"
        routerLinkActive
        #q="routerLinkActive"
        [active]="q.isActive"
      >
        <span i18n="@@nav.questions">Questions</span>
      </a>
      <a
        mat-tab-link
        [routerLink]="['/assessments', id(), 'results']"
        routerLinkActive
        #r="routerLinkActive"
        [active]="r.isActive"
      >
        <span i18n="@@nav.results">Results</span>
      </a>
      <a
        mat-tab-link
        [routerLink]="['/assessments', id(), 'plan']"
        routerLinkActive
        #p="routerLinkActive"
        [active]="p.isActive"
      >
        <span i18n="@@nav.plan">Action plan</span>
      </a>
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
}
