import { LiveAnnouncer } from '@angular/cdk/a11y';
import { BreakpointObserver } from '@angular/cdk/layout';
import { StepperSelectionEvent } from '@angular/cdk/stepper';
import {
  afterNextRender,
  Component,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  OnInit,
  output,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatStepper, MatStepperModule } from '@angular/material/stepper';
import { map, merge, Observable } from 'rxjs';

import { Answers } from '../../../domain/questionnaire/answers';
import { Question, QuestionSet, Section } from '../../../domain/questionnaire/question-set';
import { QuestionField } from '../question-field/question-field';
import { buildStepForm, StepForm } from '../step-form';
import { CONTENT } from '../../../shared/i18n/content';
import { followStored } from '../../../shared/forms/follow-stored';
import { markupMessage } from '../../../shared/forms/no-markup';
import { plural } from '../../../shared/i18n/plural';

export interface WizardStep {
  readonly section: Section;
  readonly questions: readonly Question[];
  readonly answeredCount: number;
}

/** How long the stepper takes to close one step and open the next (Material's vertical default). */
const STEP_ANIMATION_MS = 250;

/**
 * The questionnaire as a Material stepper, one step per section. Owns the forms; reports answers
 * and the current step upwards and knows nothing of the store.
 */
@Component({
  selector: 'app-questionnaire-stepper',
  templateUrl: './questionnaire-stepper.html',
  styleUrl: './questionnaire-stepper.scss',
  imports: [MatStepperModule, MatButton, MatIcon, QuestionField],
})
export class QuestionnaireStepper implements OnInit {
  readonly set = input.required<QuestionSet>();
  /**
   * The stored answers: the forms start from them, and follow them when another tab changes one;
   * this tab's own changes flow out through `answersChange`.
   */
  readonly answers = input.required<Answers>();
  readonly steps = input.required<readonly WizardStep[]>();
  readonly startStep = input(0);
  readonly focusQuestion = input<string>();
  /** A submitted assessment: every answer shows, none can change. */
  readonly isLocked = input(false);

  readonly answersChange = output<Answers>();
  readonly stepChange = output<number>();
  readonly finished = output<void>();

  private readonly fb = inject(NonNullableFormBuilder);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly stepper = viewChild.required(MatStepper);
  private readonly host = inject(ElementRef<HTMLElement>);
  protected readonly isWide = toSignal(
    inject(BreakpointObserver)
      .observe('(min-width: 840px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected forms: Record<string, StepForm> = {};
  protected selectedIndex = 0;

  ngOnInit(): void {
    const set = this.set();
    this.forms = Object.fromEntries(
      set.sections.map((s) => [s.id, buildStepForm(this.fb, s, this.answers())]),
    );
    // Locked when submitted, or when storage fills up while the page is open.
    effect(
      () => {
        const locked = this.isLocked();
        for (const form of Object.values(this.forms)) {
          if (locked) form.disable({ emitEvent: false });
          else form.enable({ emitEvent: false });
        }
      },
      { injector: this.injector },
    );
    this.selectedIndex = Math.min(Math.max(this.startStep(), 0), set.sections.length - 1);
    this.answerChanges()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((answers) => this.answersChange.emit(answers));
    const controls = Object.assign({}, ...Object.values(this.forms).map((form) => form.controls));
    followStored(
      () => controls,
      () => this.answers(),
      (id) => document.getElementById(`q-${id}`),
      this.injector,
    );
    const focus = this.focusQuestion();
    if (focus) afterNextRender(() => scrollToQuestion(focus), { injector: this.injector });
  }

  protected title(section: Section): string {
    return CONTENT(section.title);
  }

  protected intro(section: Section): string {
    return section.intro ? CONTENT(section.intro) : '';
  }

  protected changeStep(event: StepperSelectionEvent): void {
    this.selectedIndex = event.selectedIndex;
    this.stepChange.emit(event.selectedIndex);
    // Once the old step has closed and the new one opened, bring the new one's heading into view.
    const index = event.selectedIndex;
    afterNextRender(() => setTimeout(() => this.revealStep(index), STEP_ANIMATION_MS), {
      injector: this.injector,
    });
  }

  /**
   * "Next" checks the section first: a required answer left empty, or text that reads as HTML, is
   * shown, announced and focused instead of moving on past it.
   */
  protected next(section: Section): void {
    const form = this.forms[section.id];
    if (form.invalid) {
      form.markAllAsTouched();
      const count = Object.values(form.controls).filter(
        (c) => c.hasError('required') || c.hasError('blank'),
      ).length;
      this.announcer.announce(
        count === 0
          ? markupMessage()
          : plural(count, {
              one: $localize`:@@wizard.fixFirstOne:Please answer the required question of this section first.`,
              other: $localize`:@@wizard.fixFirstMany:Please answer the ${count}:count: required questions of this section first.`,
            }),
        'assertive',
      );
      afterNextRender(() => focusFirstInvalid(section.id), { injector: this.injector });
      return;
    }
    this.stepper().next();
  }

  /**
   * Brings a step's heading into view and gives it focus, so the user starts at the top of the
   * section (on a phone, not at its bottom) and a screen reader says where. On a phone that
   * heading is the step's own header in the vertical stepper; on a wide screen, the section title.
   */
  private revealStep(index: number): void {
    const element: HTMLElement = this.host.nativeElement;
    const heading = this.isWide()
      ? element.querySelector<HTMLElement>(`[data-step="${index}"] .step-heading`)
      : element.querySelectorAll<HTMLElement>('.mat-step-header')[index];
    // Not if the user has already moved on into the step: focus is never taken back from them.
    const focused = document.activeElement;
    const isUserElsewhere =
      focused !== document.body && !focused?.classList.contains('mat-step-header');
    if (!heading || isUserElsewhere) return;
    heading.scrollIntoView({ block: 'start' });
    heading.focus({ preventScroll: true });
  }

  /** Sends what was typed but not yet reported, when the page is hidden or about to unload. */
  flushTyping(): Answers {
    const answers: Record<string, string> = {};
    for (const section of this.set().sections) {
      for (const question of section.questions) {
        if (question.kind === 'text')
          answers[question.id] = this.forms[section.id].controls[question.id].value;
      }
    }
    return answers;
  }

  private answerChanges(): Observable<Answers> {
    const streams = this.set().sections.flatMap((section) =>
      section.questions.map((question) => {
        // Every keystroke counts at once: the save effect gathers them (a word typed is kept
        // even if the phone dies a moment later).
        return this.forms[section.id].controls[question.id].valueChanges.pipe(
          map((value): Answers => ({ [question.id]: value })),
        );
      }),
    );
    return merge(...streams);
  }
}

function focusFirstInvalid(sectionId: string): void {
  const field = document.querySelector<HTMLElement>(
    `[data-section="${sectionId}"] input.ng-invalid, [data-section="${sectionId}"] .ng-invalid input`,
  );
  field?.scrollIntoView({ block: 'center' });
  field?.focus({ preventScroll: true });
}

function scrollToQuestion(id: string): void {
  const element = document.getElementById(`q-${id}`);
  element?.scrollIntoView({ block: 'center' });
  element?.querySelector<HTMLElement>('input')?.focus({ preventScroll: true });
}
