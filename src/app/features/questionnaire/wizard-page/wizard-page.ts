import { Component, computed, inject, input, viewChild } from '@angular/core';
import { DatePipe } from '@angular/common';
import { MatIcon } from '@angular/material/icon';
import { Router } from '@angular/router';
import { Store } from '@ngrx/store';

import { Answers } from '../../../domain/questionnaire/answers';
import { WizardPageActions } from '../../assessments/state/assessment.actions';
import { assessmentsFeature } from '../../assessments/state/assessment.feature';
import {
  selectOpenedName,
  selectOpenedSet,
  selectWizardProgress,
  selectWizardSteps,
} from '../../assessments/state/assessment.selectors';
import { AssessmentNav } from '../../../shared/ui/assessment-nav/assessment-nav';
import { AssessmentNotFound } from '../../../shared/ui/assessment-not-found/assessment-not-found';
import { SaveStatusLine } from '../../../shared/ui/save-status-line/save-status-line';
import { QuestionnaireStepper } from '../questionnaire-stepper/questionnaire-stepper';
import { CONTENT } from '../../../shared/i18n/content';
import { ProgressLine } from '../../../shared/ui/progress-line/progress-line';
import { LoadingIndicator } from '../../../shared/ui/loading-indicator/loading-indicator';

@Component({
  selector: 'app-wizard-page',
  templateUrl: './wizard-page.html',
  styleUrl: './wizard-page.scss',
  imports: [
    LoadingIndicator,
    ProgressLine,
    AssessmentNotFound,
    DatePipe,
    MatIcon,
    AssessmentNav,
    QuestionnaireStepper,
    SaveStatusLine,
  ],
  host: {
    '(window:pagehide)': 'flushTyping()',
    '(document:visibilitychange)': 'flushTyping()',
  },
})
export class WizardPage {
  /** Route parameter. */
  readonly id = input.required<string>();
  /** Query parameter: a question to show, when the user comes from the results page. */
  readonly question = input<string>();

  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly stepper = viewChild(QuestionnaireStepper);
  protected readonly isLoaded = this.store.selectSignal(assessmentsFeature.selectIsLoaded);
  protected readonly assessment = this.store.selectSignal(
    assessmentsFeature.selectOpenedAssessment,
  );
  protected readonly set = this.store.selectSignal(selectOpenedSet);
  protected readonly steps = this.store.selectSignal(selectWizardSteps);
  protected readonly progress = this.store.selectSignal(selectWizardProgress);
  protected readonly saveStatus = this.store.selectSignal(assessmentsFeature.selectSaveStatus);
  private readonly isStorageFull = this.store.selectSignal(assessmentsFeature.selectIsStorageFull);
  /** Submitted, or nothing more can be stored on this device: the answers show, none can change. */
  protected readonly isLocked = computed(
    () => !!this.assessment()?.submission || this.isStorageFull(),
  );
  protected readonly name = this.store.selectSignal(selectOpenedName);
  protected readonly sector = computed(() => {
    const set = this.set();
    return set ? CONTENT(set.title) : '';
  });
  /** The step to open: the one holding the question asked for, else where the user left off. */
  protected readonly startStep = computed(() => {
    const question = this.question();
    const index = question
      ? (this.set()?.sections.findIndex((s) => s.questions.some((q) => q.id === question)) ?? -1)
      : -1;
    return index >= 0 ? index : (this.assessment()?.step ?? 0);
  });

  protected recordAnswers(answers: Answers): void {
    this.store.dispatch(WizardPageActions.answersChanged({ id: this.id(), answers }));
  }

  protected recordStep(step: number): void {
    this.store.dispatch(WizardPageActions.stepChanged({ id: this.id(), step }));
  }

  protected showResults(): void {
    this.router.navigate(['/assessments', this.id(), 'results']);
  }

  protected flushTyping(): void {
    const stepper = this.stepper();
    if (stepper)
      this.store.dispatch(
        WizardPageActions.pageHidden({ id: this.id(), answers: stepper.flushTyping() }),
      );
  }
}
