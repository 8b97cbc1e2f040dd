import { Component, computed, inject, input } from '@angular/core';
import { Store } from '@ngrx/store';

import { PlanEntry } from '../../../domain/assessment/assessment';
import { PlanPageActions } from '../../assessments/state/assessment.actions';
import { assessmentsFeature } from '../../assessments/state/assessment.feature';
import {
  selectOpenedName,
  selectPlanRows,
  selectPlanSummary,
} from '../../assessments/state/assessment.selectors';
import { BandBadge } from '../../../shared/ui/band-badge/band-badge';
import { QuestionLinks } from '../../../shared/ui/question-links/question-links';
import { AssessmentNav } from '../../../shared/ui/assessment-nav/assessment-nav';
import { AssessmentNotFound } from '../../../shared/ui/assessment-not-found/assessment-not-found';
import { SaveStatusLine } from '../../../shared/ui/save-status-line/save-status-line';
import { ReportPdfButton } from '../../report/report-pdf-button/report-pdf-button';
import { ActionCard } from '../action-card/action-card';
import { LoadingIndicator } from '../../../shared/ui/loading-indicator/loading-indicator';

@Component({
  selector: 'app-plan-page',
  templateUrl: './plan-page.html',
  styleUrl: './plan-page.scss',
  imports: [
    LoadingIndicator,
    AssessmentNotFound,
    QuestionLinks,
    BandBadge,
    AssessmentNav,
    ActionCard,
    ReportPdfButton,
    SaveStatusLine,
  ],
})
export class PlanPage {
  readonly id = input.required<string>();

  private readonly store = inject(Store);
  protected readonly isLoaded = this.store.selectSignal(assessmentsFeature.selectIsLoaded);
  protected readonly assessment = this.store.selectSignal(
    assessmentsFeature.selectOpenedAssessment,
  );
  protected readonly rows = this.store.selectSignal(selectPlanRows);
  protected readonly summary = this.store.selectSignal(selectPlanSummary);
  protected readonly saveStatus = this.store.selectSignal(assessmentsFeature.selectSaveStatus);
  protected readonly doneCount = computed(
    () => this.rows().filter((r) => r.entry.status === 'done').length,
  );
  protected readonly name = this.store.selectSignal(selectOpenedName);
  private readonly isStorageFull = this.store.selectSignal(assessmentsFeature.selectIsStorageFull);
  /** Submitted, or nothing more can be stored on this device: the plan shows, and cannot change. */
  protected readonly isLocked = computed(
    () => !!this.assessment()?.submission || this.isStorageFull(),
  );

  protected recordEntry(actionId: string, entry: PlanEntry): void {
    this.store.dispatch(PlanPageActions.entryChanged({ id: this.id(), actionId, entry }));
  }
}
