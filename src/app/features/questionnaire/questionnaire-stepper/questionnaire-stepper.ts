import { BreakpointObserver } from '@angular/cdk/layout';
import { StepperSelectionEvent } from '@angular/cdk/stepper';
import {
  afterNextRender,
  Component,
  DestroyRef,
  inject,
  Injector,
  input,
  OnInit,
  output,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { MatStepperModule } from '@angular/material/stepper';
import { debounceTime, map, merge, Observable } from 'rxjs';

import { textIn } from '../../../domain/locale-text';
import { Answers } from '../../../domain/questionnaire/answers';
import { Question, QuestionSet, Section } from '../../../domain/questionnaire/question-set';
import { CONTENT_LOCALE } from '../../../shared/i18n/content-locale';
import { QuestionField } from '../question-field/question-field';
import { buildStepForm, StepForm } from '../step-form';

export interface WizardStep {
  readonly section: Section;
  readonly questions: readonly Question[];
  readonly answeredCount: number;
}

/** Typing waits this long before it counts as an answer; a click on an option counts at once. */
const TYPING_DEBOUNCE_MS = 300;

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
  /** The stored answers when the stepper opens; later changes flow out, not in. */
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
    if (this.isLocked()) {
      for (const form of Object.values(this.forms)) form.disable({ emitEvent: false });
    }
    this.selectedIndex = Math.min(Math.max(this.startStep(), 0), set.sections.length - 1);
    this.answerChanges()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((answers) => this.answersChange.emit(answers));
    const focus = this.focusQuestion();
    if (focus) afterNextRender(() => scrollToQuestion(focus), { injector: this.injector });
  }

  protected title(section: Section): string {
    return textIn(section.title, CONTENT_LOCALE);
  }

  protected intro(section: Section): string {
    return section.intro ? textIn(section.intro, CONTENT_LOCALE) : '';
  }

  protected changeStep(event: StepperSelectionEvent): void {
    this.selectedIndex = event.selectedIndex;
    this.stepChange.emit(event.selectedIndex);
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
        const changes = this.forms[section.id].controls[question.id].valueChanges.pipe(
          map((value): Answers => ({ [question.id]: value })),
        );
        return question.kind === 'text' ? changes.pipe(debounceTime(TYPING_DEBOUNCE_MS)) : changes;
      }),
    );
    return merge(...streams);
  }
}

function scrollToQuestion(id: string): void {
  const element = document.getElementById(`q-${id}`);
  element?.scrollIntoView({ block: 'center' });
  element?.querySelector<HTMLElement>('input')?.focus({ preventScroll: true });
}
