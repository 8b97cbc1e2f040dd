import { afterNextRender, Component, DestroyRef, DOCUMENT, inject, input } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatIcon } from '@angular/material/icon';
import { Store } from '@ngrx/store';

import { savesData, whenIdle } from '../../../core/idle';
import { ReportActions } from '../../assessments/state/assessment.actions';
import { assessmentsFeature } from '../../assessments/state/assessment.feature';
import { prepareReportPdf } from '../pdf-kit';

/**
 * The due-diligence PDF button of one assessment, the same on its results and its plan. While the
 * PDF is made it says so and stays focusable (disabledInteractive), so focus is not dropped. Once
 * the page is idle, the PDF code and fonts are fetched (unless the user saves data), so a press
 * only has the document to write.
 */
@Component({
  selector: 'app-report-pdf-button',
  imports: [MatButton, MatIcon],
  template: `
    <button
      matButton="filled"
      type="button"
      (click)="exportPdf()"
      [disabled]="isExportingPdf()"
      [disabledInteractive]="true"
    >
      <mat-icon svgIcon="report" aria-hidden="true" />
      @if (isExportingPdf()) {
        <span i18n="@@results.pdfWorking">Making the PDF…</span>
      } @else {
        <span i18n="@@results.pdf">Download the due-diligence PDF</span>
      }
    </button>
  `,
})
export class ReportPdfButton {
  readonly assessmentId = input.required<string>();

  private readonly store = inject(Store);
  protected readonly isExportingPdf = this.store.selectSignal(
    assessmentsFeature.selectIsExportingPdf,
  );

  constructor() {
    const baseUri = inject(DOCUMENT).baseURI;
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      if (savesData()) return;
      const idle = whenIdle().subscribe(() => prepareReportPdf(baseUri));
      destroyRef.onDestroy(() => idle.unsubscribe());
    });
  }

  protected exportPdf(): void {
    this.store.dispatch(ReportActions.pdfRequested({ id: this.assessmentId() }));
  }
}
