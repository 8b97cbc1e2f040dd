import { DOCUMENT, inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Action, createSelector, Store } from '@ngrx/store';
import { catchError, exhaustMap, map, Observable, of, take } from 'rxjs';

import { errorText } from '../../core/error-text';
import { FileTransfer, fileNameFor } from '../../core/file-transfer';
import { sha256Hex } from '../../core/sha256';
import { buildPortfolioReport } from '../../domain/report/portfolio-report';
import { buildReport } from '../../domain/report/report-model';
import { buildReviewLetter } from '../../domain/report/review-letter';
import { ReviewerName } from '../../core/reviewer-name';
import { ClauseStatus } from '../../domain/suppliers/supplier';
import { ReportActions } from '../assessments/state/assessment.actions';
import { assessmentsFeature } from '../assessments/state/assessment.feature';
import {
  selectDocumentContent,
  selectOpenedAnswers,
  selectOpenedPlan,
  selectOpenedScore,
  selectOpenedSet,
} from '../assessments/state/assessment.selectors';
import { PHRASES } from '../../shared/i18n/phrases';
import { SuppliersPageActions } from '../suppliers/state/supplier.actions';
import {
  selectOverdueFollowUps,
  selectPortfolioRows,
  selectPortfolioSummary,
} from '../suppliers/state/supplier.selectors';
import { CLAUSE_STATUS_LABELS } from '../suppliers/supplier-labels';
import { ReviewDetailPageActions, ReviewFileActions } from '../review/state/review.actions';
import { selectReviewLetterInput } from '../review/state/review.selectors';
import { loadPdfFonts } from './pdf-kit';
import { CONTENT } from '../../shared/i18n/content';
import { ACTIVE_LOCALE } from '../../shared/i18n/active-locale';

/**
 * Makes and downloads the due-diligence PDF of the open assessment. jsPDF and the fonts are loaded
 * only now, so the app's first load stays small.
 */
export const exportPdf = createEffect(
  (
    actions$ = inject(Actions),
    store = inject(Store),
    files = inject(FileTransfer),
    document = inject(DOCUMENT),
  ) =>
    actions$.pipe(
      ofType(ReportActions.pdfRequested),
      exhaustMap(() =>
        makeOnce(
          store.select(reportInputs),
          (inputs) => makePdf(inputs, files, document.baseURI),
          ReportActions.pdfExported,
          ReportActions.pdfFailed,
        ),
      ),
    ),
  { functional: true },
);

function reportInputs(state: object) {
  return {
    assessment: assessmentsFeature.selectOpenedAssessment(state),
    set: selectOpenedSet(state),
    answers: selectOpenedAnswers(state),
    score: selectOpenedScore(state),
    plan: selectOpenedPlan(state),
    content: selectDocumentContent(state),
  };
}

async function makePdf(
  inputs: ReturnType<typeof reportInputs>,
  files: FileTransfer,
  baseUri: string,
): Promise<void> {
  const { assessment, set, answers, score, plan, content } = inputs;
  if (!assessment || !set || !answers || !score || !plan || !content)
    throw new Error($localize`:@@pdf.noAssessment:no assessment is open`);
  const [documentId, fonts, { renderReportPdf }] = await Promise.all([
    sha256Hex(content),
    loadPdfFonts(baseUri),
    import('./pdf-export'),
  ]);
  const model = buildReport({
    set,
    assessment,
    answers,
    score,
    plan,
    documentId,
    generatedAt: new Date().toISOString(),
    translate: CONTENT,
    phrases: PHRASES,
  });
  const pdf = renderReportPdf(model, fonts, ACTIVE_LOCALE);
  files.download(pdf, fileNameFor(model.cover.business, 'due-diligence.pdf'));
}

/** Makes and downloads the supplier portfolio PDF: summary, band × volume chart, red flags, follow-ups. */
export const exportPortfolioPdf = createEffect(
  (
    actions$ = inject(Actions),
    store = inject(Store),
    files = inject(FileTransfer),
    document = inject(DOCUMENT),
  ) =>
    actions$.pipe(
      ofType(SuppliersPageActions.portfolioPdfRequested),
      exhaustMap(() => {
        const now = new Date();
        const inputs = createSelector(
          selectPortfolioRows,
          selectPortfolioSummary,
          selectOverdueFollowUps(now.toISOString().slice(0, 10)),
          (rows, summary, overdue) => ({ rows, summary, overdue }),
        );
        return makeOnce(
          store.select(inputs),
          async ({ rows, summary, overdue }) => {
            const [fonts, { renderPortfolioPdf }] = await Promise.all([
              loadPdfFonts(document.baseURI),
              import('./portfolio-pdf'),
            ]);
            const model = buildPortfolioReport({
              rows,
              summary,
              overdue,
              generatedAt: now.toISOString(),
              translate: CONTENT,
              phrases: PHRASES,
              words: PORTFOLIO_WORDS,
            });
            files.download(
              renderPortfolioPdf(model, fonts, ACTIVE_LOCALE),
              'haven-supplier-portfolio.pdf',
            );
          },
          ReportActions.pdfExported,
          ReportActions.pdfFailed,
        );
      }),
    ),
  { functional: true },
);

const PORTFOLIO_WORDS = {
  notAssessed: $localize`:@@portfolio.notAssessed:Not assessed`,
  clause: (status: ClauseStatus) => CLAUSE_STATUS_LABELS[status],
  bySupplier: $localize`:@@portfolioPdf.bySupplier:answered by the supplier`,
  byOperator: $localize`:@@portfolioPdf.byOperator:desk assessment`,
  clauseRefused: $localize`:@@portfolioPdf.clauseRefused:Refused the child-protection clause`,
};

/** Makes and downloads the review letter for the opened submission. */
export const exportReviewLetter = createEffect(
  (
    actions$ = inject(Actions),
    store = inject(Store),
    files = inject(FileTransfer),
    reviewer = inject(ReviewerName),
    document = inject(DOCUMENT),
  ) =>
    actions$.pipe(
      ofType(ReviewDetailPageActions.letterRequested),
      exhaustMap(({ reviewerName }) =>
        makeOnce(
          store.select(selectReviewLetterInput),
          async (input) => {
            if (!input)
              throw new Error($localize`:@@letter.noSubmission:the submission is not open`);
            reviewer.set(reviewerName);
            const [fonts, { renderReviewLetterPdf }] = await Promise.all([
              loadPdfFonts(document.baseURI),
              import('./review-letter-pdf'),
            ]);
            const model = buildReviewLetter(input, reviewerName, new Date().toISOString());
            files.download(
              renderReviewLetterPdf(model, fonts, ACTIVE_LOCALE),
              fileNameFor(input.profile.name, 'review-letter.pdf'),
            );
          },
          ReviewFileActions.letterExported,
          ReviewFileActions.letterFailed,
        ),
      ),
    ),
  { functional: true },
);

/**
 * Takes the state once, makes and downloads a PDF from it, and reports how it went. A failure
 * becomes an action, so the effect lives on for the next request.
 */
function makeOnce<T>(
  inputs$: Observable<T>,
  make: (inputs: T) => Promise<void>,
  done: () => Action,
  failed: (props: { message: string }) => Action,
): Observable<Action> {
  return inputs$.pipe(
    take(1),
    exhaustMap(make),
    map(() => done()),
    catchError((error: unknown) => of(failed({ message: errorText(error) }))),
  );
}
