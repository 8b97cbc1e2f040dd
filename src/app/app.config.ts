import {
  ApplicationConfig,
  isDevMode,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
} from '@angular/core';
import {
  provideRouter,
  withComponentInputBinding,
  withInMemoryScrolling,
  withPreloading,
  withRouterConfig,
} from '@angular/router';
import { provideServiceWorker } from '@angular/service-worker';
import { provideEffects } from '@ngrx/effects';
import { provideState, provideStore } from '@ngrx/store';

import { routes } from './app.routes';
import { offerUpdates } from './core/app-updates';
import { registerIcons } from './core/icons';
import { PreloadNextSteps } from './core/preload-next-steps';
import { focusPageHeadings } from './core/route-focus';
import * as assessmentEffects from './features/assessments/state/assessment.effects';
import { assessmentsFeature } from './features/assessments/state/assessment.feature';
import * as submissionEffects from './features/assessments/state/submission.effects';
import * as reportEffects from './features/report/report.effects';
import * as reviewEffects from './features/review/state/review.effects';
import { reviewFeature } from './features/review/state/review.feature';
import * as exchangeEffects from './features/suppliers/state/exchange.effects';
import * as supplierEffects from './features/suppliers/state/supplier.effects';
import { suppliersFeature } from './features/suppliers/state/supplier.feature';
import * as backupFactsEffects from './features/settings/state/backup-facts.effects';
import { backupFeature } from './features/settings/state/backup.feature';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(
      routes,
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'top', anchorScrolling: 'enabled' }),
      // The :id of /assessments/:id reaches the child pages as an input.
      withRouterConfig({ paramsInheritanceStrategy: 'always' }),
      // An assessment's next pages are fetched once the first screen has settled, so a connection
      // that drops mid-assessment does not stop the user reaching results or the plan.
      withPreloading(PreloadNextSteps),
    ),
    // Assessments and suppliers are read across features (a supplier's score is its assessment's),
    // so both live at the root; received submissions beside them, loaded with the rest at start.
    provideStore(),
    provideState(assessmentsFeature),
    provideState(suppliersFeature),
    provideState(reviewFeature),
    provideState(backupFeature),
    provideEffects(
      assessmentEffects,
      submissionEffects,
      reportEffects,
      supplierEffects,
      exchangeEffects,
      reviewEffects,
      backupFactsEffects,
    ),
    provideAppInitializer(registerIcons),
    provideAppInitializer(focusPageHeadings),
    // After one visit every page, language, font and the PDF code work offline. The worker is
    // registered once the first screen has settled, so it never competes with it for the network.
    provideServiceWorker('ngsw-worker.js', {
      enabled: !isDevMode(),
      registrationStrategy: 'registerWhenStable:3000',
    }),
    provideAppInitializer(offerUpdates),
  ],
};
