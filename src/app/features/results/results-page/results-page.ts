import { Component, computed, inject, input, resource } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { PercentPipe } from '@angular/common';

import { sha256Hex } from '../../../core/sha256';
import { questionText } from '../../../domain/report/explain-item';
import { FileActions } from '../../assessments/state/assessment.actions';
import { assessmentsFeature } from '../../assessments/state/assessment.feature';
import {
  selectDocumentContent,
  selectHeatMap,
  selectOpenedScore,
  selectOpenedName,
  selectOpenedSet,
  selectResultItems,
} from '../../assessments/state/assessment.selectors';
import { PHRASES } from '../../../shared/i18n/phrases';
import { AssessmentNav } from '../../../shared/ui/assessment-nav/assessment-nav';
import { AssessmentNotFound } from '../../../shared/ui/assessment-not-found/assessment-not-found';
import { BandBadge } from '../../../shared/ui/band-badge/band-badge';
import { QuestionLinks } from '../../../shared/ui/question-links/question-links';
import { CriteriaCoverage } from '../criteria-coverage/criteria-coverage';
import { HeatMap } from '../heat-map/heat-map';
import { RiskItemPanel } from '../risk-item-panel/risk-item-panel';
import { SubmissionCard } from '../submission-card/submission-card';
import { ReportPdfButton } from '../../report/report-pdf-button/report-pdf-button';
import { CONTENT } from '../../../shared/i18n/content';
import { LoadingIndicator } from '../../../shared/ui/loading-indicator/loading-indicator';

@Component({
  selector: 'app-results-page',
  templateUrl: './results-page.html',
  styleUrl: './results-page.scss',
  imports: [
    LoadingIndicator,
    AssessmentNotFound,
    RouterLink,
    PercentPipe,
    MatButton,
    MatCardModule,
    MatIcon,
    AssessmentNav,
    BandBadge,
    QuestionLinks,
    HeatMap,
    CriteriaCoverage,
    RiskItemPanel,
    SubmissionCard,
    ReportPdfButton,
  ],
})
export class ResultsPage {
  readonly id = input.required<string>();

  private readonly store = inject(Store);
  protected readonly isLoaded = this.store.selectSignal(assessmentsFeature.selectIsLoaded);
  protected readonly assessment = this.store.selectSignal(
    assessmentsFeature.selectOpenedAssessment,
  );
  protected readonly set = this.store.selectSignal(selectOpenedSet);
  protected readonly score = this.store.selectSignal(selectOpenedScore);
  protected readonly items = this.store.selectSignal(selectResultItems);
  protected readonly heatMap = this.store.selectSignal(selectHeatMap);
  private readonly documentContent = this.store.selectSignal(selectDocumentContent);
  protected readonly documentId = resource({
    params: () => this.documentContent(),
    loader: ({ params }) => sha256Hex(params),
  });

  protected readonly name = this.store.selectSignal(selectOpenedName);
  /** The business's own assessment: only those go to The Code (not a supplier's questionnaire). */
  protected readonly isOwnAssessment = computed(() => {
    const a = this.assessment();
    return !!a && !a.supplier && !a.request;
  });
  protected readonly bandLabel = computed(() => {
    const score = this.score();
    return score ? PHRASES.band(score.overall.band) : '';
  });
  protected readonly redFlags = computed(() =>
    (this.score()?.redFlags ?? []).map((flag) => ({
      id: flag.id,
      title: CONTENT(flag.title),
    })),
  );
  protected readonly unverified = computed(() =>
    this.questionLinks(this.score()?.unverified ?? []),
  );
  protected readonly unanswered = computed(() =>
    this.questionLinks(this.score()?.unanswered ?? []),
  );
  protected readonly counts = computed(() => {
    const score = this.score();
    if (!score) return [];
    return (['very-high', 'high', 'medium', 'low'] as const).map((band) => ({
      band,
      count: score.overall.countsByBand[band],
    }));
  });

  protected downloadResponse(): void {
    this.store.dispatch(FileActions.responseRequested({ id: this.id() }));
  }

  private questionLinks(ids: readonly string[]) {
    const set = this.set();
    return set ? ids.map((id) => ({ id, text: questionText(set, id, CONTENT) })) : [];
  }
}
