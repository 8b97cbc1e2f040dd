import { inject } from '@angular/core';
import { ActivatedRouteSnapshot, Routes } from '@angular/router';
import { Store } from '@ngrx/store';

import { PRELOAD } from './core/preload-next-steps';
import { AssessmentRouteActions } from './features/assessments/state/assessment.actions';
import { ReviewDetailPageActions } from './features/review/state/review.actions';

/** Marks the assessment in the URL as the open one, for the wizard, results and plan pages. */
const openAssessment = (route: ActivatedRouteSnapshot) => {
  inject(Store).dispatch(AssessmentRouteActions.opened({ id: route.paramMap.get('id') ?? '' }));
  return true;
};

/** Marks the submission in the URL as the one the review detail page shows. */
const openSubmission = (route: ActivatedRouteSnapshot) => {
  inject(Store).dispatch(
    ReviewDetailPageActions.opened({ id: route.paramMap.get('submissionId') ?? '' }),
  );
  return true;
};

export const routes: Routes = [
  {
    path: '',
    title: $localize`:@@title.home:Haven — your assessments`,
    loadComponent: () =>
      import('./features/assessments/home-page/home-page').then((m) => m.HomePage),
  },
  {
    path: 'new',
    data: PRELOAD,
    title: $localize`:@@title.new:Haven — new assessment`,
    loadComponent: () =>
      import('./features/assessments/new-assessment-page/new-assessment-page').then(
        (m) => m.NewAssessmentPage,
      ),
  },
  {
    path: 'assessments/:id',
    canActivate: [openAssessment],
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'questions' },
      {
        path: 'questions',
        data: PRELOAD,
        title: $localize`:@@title.questions:Haven — questionnaire`,
        loadComponent: () =>
          import('./features/questionnaire/wizard-page/wizard-page').then((m) => m.WizardPage),
      },
      {
        path: 'results',
        data: PRELOAD,
        title: $localize`:@@title.results:Haven — risk results`,
        loadComponent: () =>
          import('./features/results/results-page/results-page').then((m) => m.ResultsPage),
      },
      {
        path: 'plan',
        data: PRELOAD,
        title: $localize`:@@title.plan:Haven — action plan`,
        loadComponent: () => import('./features/plan/plan-page/plan-page').then((m) => m.PlanPage),
      },
    ],
  },
  {
    path: 'suppliers',
    title: $localize`:@@title.suppliers:Haven — suppliers`,
    loadComponent: () =>
      import('./features/suppliers/suppliers-page/suppliers-page').then((m) => m.SuppliersPage),
  },
  {
    path: 'suppliers/:supplierId',
    title: $localize`:@@title.supplier:Haven — supplier`,
    loadComponent: () =>
      import('./features/suppliers/supplier-page/supplier-page').then((m) => m.SupplierPage),
  },
  {
    path: 'review',
    title: $localize`:@@title.review:Haven — submissions for review`,
    loadComponent: () =>
      import('./features/review/review-queue-page/review-queue-page').then(
        (m) => m.ReviewQueuePage,
      ),
  },
  {
    path: 'review/:submissionId',
    title: $localize`:@@title.reviewDetail:Haven — review`,
    canActivate: [openSubmission],
    loadComponent: () =>
      import('./features/review/review-detail-page/review-detail-page').then(
        (m) => m.ReviewDetailPage,
      ),
  },
  {
    path: 'storage',
    title: $localize`:@@title.storage:Haven — storage on this device`,
    // Backups and restores run from this page only: their code loads with it.
    loadChildren: () => import('./features/settings/storage.routes').then((m) => m.STORAGE_ROUTES),
  },
  { path: '**', redirectTo: '' },
];
