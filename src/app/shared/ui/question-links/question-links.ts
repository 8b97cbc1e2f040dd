import { Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';

/**
 * Questions as links back to the wizard, each opening on its own question: the first `limit` of
 * them, then how many more there are.
 */
@Component({
  selector: 'app-question-links',
  imports: [RouterLink],
  template: `
    <ul>
      @for (question of shown(); track question.id) {
        <li>
          <a
            [routerLink]="['/assessments', assessmentId(), 'questions']"
            [queryParams]="{ question: question.id }"
            >{{ question.text }}</a
          >
        </li>
      }
    </ul>
    @if (moreCount()) {
      <p i18n="@@questionLinks.more">
        {moreCount(), plural,
          =1 {… and 1 more in the questionnaire.}
          other {… and {{ moreCount() }} more in the questionnaire.}
        }
      </p>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    ul {
      margin: 8px 0;
      padding-left: 20px;
    }
    li {
      margin-bottom: 6px;
    }
    /* Whole-line links: an easy target (WCAG 2.5.8), with the bullet on the first line. */
    a {
      display: block;
      min-height: 24px;
    }
  `,
})
export class QuestionLinks {
  readonly assessmentId = input.required<string>();
  readonly questions = input.required<readonly { readonly id: string; readonly text: string }[]>();
  readonly limit = input(Number.POSITIVE_INFINITY);
  protected readonly shown = computed(() => this.questions().slice(0, this.limit()));
  protected readonly moreCount = computed(() => this.questions().length - this.shown().length);
}
