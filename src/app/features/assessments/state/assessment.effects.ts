import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType, ROOT_EFFECTS_INIT } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import {
  catchError,
  concatMap,
  EMPTY,
  exhaustMap,
  filter,
  from,
  map,
  mergeMap,
  of,
  switchMap,
  take,
  tap,
  withLatestFrom,
} from 'rxjs';

import { DeviceStorage } from '../../../core/device-storage';
import { Notices } from '../../../core/notices';
import { loadFileCode } from '../../../core/file-code';
import { MAX_UNTRUSTED_BYTES, REQUEST_FORMAT } from '../../../domain/file-formats';
import { PAGE_HIDING } from '../../../core/page-hiding';
import { StorageChanges } from '../../../core/storage/storage-changes';
import { isStorageFull } from '../../../core/storage/storage-full';
import { pausePerKey } from '../../../core/pause-per-key';
import { errorText } from '../../../core/error-text';
import { AssessmentRepository } from '../../../core/storage/assessment-repository';
import { FileTransfer, fileNameFor } from '../../../core/file-transfer';
import { Assessment } from '../../../domain/assessment/assessment';
import { isSameContent } from '../../../domain/assessment/canonical-json';
import type { FileProblem } from '../../../domain/assessment/assessment-file';
import { newAssessment } from '../../../domain/assessment/new-assessment';
import { openAnswers } from '../../../domain/questionnaire/sets/migrations';
import { migrateWithReport } from '../../../domain/assessment/migrate-assessment';
import type {
  ExchangeProblem,
  QuestionnaireRequest,
} from '../../../domain/suppliers/questionnaire-exchange';
import type { Checked } from '../../../domain/untrusted-data';
import {
  FileActions,
  HomePageActions,
  PlanPageActions,
  ReportActions,
  StorageActions,
  SubmissionActions,
  WizardPageActions,
} from './assessment.actions';
import { importReviewResponse, isReviewResponseText } from './review-response-import';
import { reviewResponseProblemMessage } from '../../review/state/submission-problem-message';
import { assessmentsFeature } from './assessment.feature';
import { SupplierFileActions, SuppliersPageActions } from '../../suppliers/state/supplier.actions';
import { fileProblemMessage } from './file-problem-message';

/**
 * Changes to one assessment are gathered this long, then written together: every keystroke reaches
 * IndexedDB within about 150 ms, without a write per key on a slow phone.
 */
const SAVE_DEBOUNCE_MS = 100;

export const loadAssessments = createEffect(
  (actions$ = inject(Actions), db = inject(AssessmentRepository)) =>
    actions$.pipe(
      ofType(ROOT_EFFECTS_INIT),
      exhaustMap(() =>
        from(db.all()).pipe(
          // Records of an earlier questionnaire version open with the current one, and are
          // written in that form at once, so the user is told only once what could not be
          // carried over.
          mergeMap(async (stored) => {
            const migrations = stored.map((a) => migrateWithReport(a));
            const assessments = stored.map((a, i) => migrations[i]?.assessment ?? a);
            const migrated = assessments.filter((a, i) => a !== stored[i]);
            if (migrated.length) await db.putMany(migrated).catch(() => undefined);
            const reopened = migrations.flatMap((m) =>
              m?.notCarried.length ? [{ name: m.name, count: m.notCarried.length }] : [],
            );
            return reopened.length
              ? [
                  StorageActions.assessmentsLoaded({ assessments }),
                  StorageActions.answersReopened({ reopened }),
                ]
              : [StorageActions.assessmentsLoaded({ assessments })];
          }),
          mergeMap((actions) => from(actions)),
          catchError((error: unknown) =>
            of(StorageActions.loadFailed({ message: errorText(error) })),
          ),
        ),
      ),
    ),
  { functional: true },
);

/**
 * Once the first answer is on the device, asks the browser to keep Haven's data even when space
 * runs short (the storage page shows the answer and can ask again).
 */
export const askToKeepData = createEffect(
  (actions$ = inject(Actions), storage = inject(DeviceStorage)) =>
    actions$.pipe(
      ofType(StorageActions.assessmentSaved),
      take(1),
      mergeMap(() => storage.persist()),
    ),
  { functional: true, dispatch: false },
);

/** Saves each changed assessment once its changes pause, one assessment independently of another. */
export const saveAssessment = createEffect(
  (
    actions$ = inject(Actions),
    store = inject(Store),
    db = inject(AssessmentRepository),
    debounceMs = SAVE_DEBOUNCE_MS,
    pageHiding = inject(PAGE_HIDING),
  ) =>
    actions$.pipe(
      ofType(
        HomePageActions.assessmentStarted,
        SuppliersPageActions.deskAssessmentStarted,
        FileActions.imported,
        FileActions.requestOpened,
        SupplierFileActions.responseImported,
        SubmissionActions.submitted,
        SubmissionActions.reviewImported,
        SubmissionActions.nextDraftStarted,
        WizardPageActions.answersChanged,
        WizardPageActions.stepChanged,
        PlanPageActions.entryChanged,
      ),
      map((action) => ('assessment' in action ? action.assessment.id : action.id)),
      pausePerKey((id) => id, debounceMs, pageHiding),
      withLatestFrom(store.select(assessmentsFeature.selectAssessmentEntities)),
      tap(([id, entities]) => {
        // A synchronous copy while the write is in flight: a reload or a closed tab aborts an
        // IndexedDB transaction that has not committed yet. put() drops it once written.
        const assessment = entities[id];
        if (assessment) db.stash(assessment);
      }),
      mergeMap(([id, entities]) => put(db, id, entities[id])),
    ),
  { functional: true },
);

/**
 * When the tab is hidden or closed there is no time to wait: write at once, and keep a synchronous
 * copy in case the browser drops the write as the page goes.
 */
export const saveBeforeHide = createEffect(
  (actions$ = inject(Actions), store = inject(Store), db = inject(AssessmentRepository)) =>
    actions$.pipe(
      ofType(WizardPageActions.pageHidden),
      withLatestFrom(store.select(assessmentsFeature.selectAssessmentEntities)),
      tap(([{ id }, entities]) => {
        const assessment = entities[id];
        if (assessment) db.stash(assessment);
      }),
      mergeMap(([{ id }, entities]) => put(db, id, entities[id])),
    ),
  { functional: true },
);

/**
 * Writes an assessment and says "saved" once the transaction has completed. When another tab had
 * written other fields meanwhile, the store takes them too.
 */
function put(db: AssessmentRepository, id: string, assessment: Assessment | undefined) {
  if (!assessment) return of(StorageActions.assessmentSaved({ id }));
  return from(db.put(assessment)).pipe(
    mergeMap((stored) =>
      stored === assessment
        ? of(StorageActions.assessmentSaved({ id }))
        : of(
            StorageActions.changedElsewhere({ id, stored, base: assessment }),
            StorageActions.assessmentSaved({ id }),
          ),
    ),
    catchError((error: unknown) =>
      of(StorageActions.saveFailed({ message: errorText(error), isFull: isStorageFull(error) })),
    ),
  );
}

/**
 * Another tab wrote an assessment: this tab reads it and lays its own unsaved edits over it, so
 * both tabs show both sets of edits within a moment.
 */
export const followOtherTabs = createEffect(
  (changes = inject(StorageChanges), db = inject(AssessmentRepository)) =>
    changes.elsewhere$.pipe(
      filter((change) => change.store === 'assessments'),
      concatMap((change) =>
        change.id === undefined
          ? from(db.all()).pipe(
              map((assessments) => StorageActions.reloaded({ assessments })),
              catchError(() => EMPTY),
            )
          : from(db.changedElsewhere(change.id)).pipe(
              map((changed) => StorageActions.changedElsewhere(changed)),
              catchError(() => EMPTY),
            ),
      ),
    ),
  { functional: true },
);

export const deleteAssessment = createEffect(
  (actions$ = inject(Actions), db = inject(AssessmentRepository)) =>
    actions$.pipe(
      ofType(HomePageActions.deleteConfirmed),
      mergeMap(({ id }) =>
        from(db.delete(id)).pipe(
          mergeMap(() => EMPTY),
          catchError((error: unknown) =>
            of(StorageActions.deleteFailed({ message: errorText(error) })),
          ),
        ),
      ),
    ),
  { functional: true },
);

export const exportAssessment = createEffect(
  (actions$ = inject(Actions), store = inject(Store), files = inject(FileTransfer)) =>
    actions$.pipe(
      ofType(HomePageActions.exportRequested),
      withLatestFrom(store.select(assessmentsFeature.selectAssessmentEntities)),
      concatMap(async ([{ id }, entities]) => {
        const assessment = entities[id];
        if (!assessment) return;
        const { assessmentFileText } = await loadFileCode();
        const text = assessmentFileText(assessment, new Date().toISOString());
        const name = fileNameFor(assessment.answers['businessName'] ?? '', 'haven-assessment.json');
        files.download(new Blob([text], { type: 'application/json' }), name);
      }),
    ),
  { functional: true, dispatch: false },
);

/**
 * Imports a file as untrusted input. Nothing changes unless the whole file is valid. An assessment
 * already on this device is never overwritten: the import becomes a copy with a new id, unless it
 * is the very same content (the same file opened twice), which is said and not copied.
 */
export const importAssessment = createEffect(
  (actions$ = inject(Actions), store = inject(Store), files = inject(FileTransfer)) =>
    actions$.pipe(
      ofType(HomePageActions.importFileChosen),
      withLatestFrom(store.select(assessmentsFeature.selectAssessmentEntities)),
      switchMap(([{ file }, entities]) => {
        if (file.size > MAX_UNTRUSTED_BYTES) {
          return of(
            FileActions.importFailed({ fileName: file.name, problem: { code: 'too-large' } }),
          );
        }
        return from(files.read(file)).pipe(
          mergeMap(async (text) => {
            const { parseAssessmentFile, parseRequestFile } = await loadFileCode();
            if (isRequestFile(text)) {
              return openRequest(parseRequestFile(text), file.name, Object.values(entities));
            }
            if (isReviewResponseText(text)) {
              return importReviewResponse(text, file.name, Object.values(entities));
            }
            const parsed = parseAssessmentFile(text);
            if (!parsed.ok)
              return FileActions.importFailed({ fileName: file.name, problem: parsed.problem });
            const held = entities[parsed.assessment.id];
            // The same file opened twice is recognised rather than copied.
            if (held && isSameContent(held, parsed.assessment)) {
              return FileActions.alreadyHere({ fileName: file.name });
            }
            const isCopy = held !== undefined;
            const assessment = isCopy
              ? { ...parsed.assessment, id: crypto.randomUUID() }
              : parsed.assessment;
            return FileActions.imported({ assessment, isCopy });
          }),
          catchError(() =>
            of(FileActions.importFailed({ fileName: file.name, problem: { code: 'not-json' } })),
          ),
        );
      }),
    ),
  { functional: true },
);

export const openStartedAssessment = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) =>
    actions$.pipe(
      ofType(
        HomePageActions.assessmentStarted,
        FileActions.requestOpened,
        SubmissionActions.nextDraftStarted,
      ),
      tap(({ assessment }) => router.navigate(['/assessments', assessment.id, 'questions'])),
    ),
  { functional: true, dispatch: false },
);

export const reopenRequest = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) =>
    actions$.pipe(
      ofType(FileActions.requestAlreadyOpen),
      tap(({ id }) => router.navigate(['/assessments', id, 'questions'])),
    ),
  { functional: true, dispatch: false },
);

/** Tells the user the outcome of what they did with files and storage. */
export const notifyUser = createEffect(
  (actions$ = inject(Actions), notices = inject(Notices)) =>
    actions$.pipe(
      ofType(
        FileActions.imported,
        FileActions.importFailed,
        FileActions.alreadyHere,
        FileActions.requestAlreadyOpen,
        SubmissionActions.submitted,
        SubmissionActions.submitFailed,
        SubmissionActions.reviewImported,
        SubmissionActions.reviewImportFailed,
        StorageActions.loadFailed,
        StorageActions.answersReopened,
        StorageActions.saveFailed,
        StorageActions.deleteFailed,
        ReportActions.pdfFailed,
      ),
      // A full device is said by the alert above the page, which stays until it is dealt with.
      filter((action) => !(action.type === StorageActions.saveFailed.type && action.isFull)),
      map((action) => {
        switch (action.type) {
          case FileActions.imported.type:
            return action.isCopy
              ? $localize`:@@notice.importedCopy:Imported as a copy: this device already had that assessment.`
              : $localize`:@@notice.imported:Assessment imported.`;
          case FileActions.importFailed.type:
            return fileProblemMessage(action.fileName, action.problem);
          case FileActions.requestAlreadyOpen.type:
            return $localize`:@@notice.requestAlreadyOpen:You have already started answering this questionnaire on this device: here are your answers.`;
          case FileActions.alreadyHere.type:
            return $localize`:@@notice.alreadyHere:“${action.fileName}:file:” is already on this device, unchanged: nothing was imported.`;
          case SubmissionActions.submitted.type:
            return $localize`:@@notice.submitted:Submission saved, with its PDF. Send both files to The Code or its local representative. This assessment is now locked.`;
          case SubmissionActions.submitFailed.type:
            return $localize`:@@notice.submitFailed:The submission could not be made (${action.message}:message:). Nothing was locked; try again.`;
          case SubmissionActions.reviewImported.type:
            return $localize`:@@notice.reviewImported:Review from ${action.review.reviewerName || '—'}:reviewer: imported. Its comments are on the results page.`;
          case SubmissionActions.reviewImportFailed.type:
            return reviewResponseProblemMessage(action.fileName, action.problem);
          case StorageActions.loadFailed.type:
            return $localize`:@@notice.loadFailed:Saved assessments could not be read on this device (${action.message}:message:). Private browsing can block storage.`;
          case StorageActions.answersReopened.type:
            return action.reopened
              .map(
                ({ name, count }) =>
                  $localize`:@@notice.answersReopened:“${name}:name:” now uses the current questionnaire. Answers that could not be carried over and must be given again: ${count}:count:.`,
              )
              .join(' ');
          case StorageActions.saveFailed.type:
            return $localize`:@@notice.saveFailed:Your last change could not be saved on this device (${action.message}:message:). Keep this tab open and export the assessment to a file.`;
          case StorageActions.deleteFailed.type:
            return $localize`:@@notice.deleteFailed:The assessment could not be deleted from this device (${action.message}:message:).`;
          default:
            return $localize`:@@notice.pdfFailed:The PDF could not be made (${action.message}:message:). Your answers are safe; try again.`;
        }
      }),
      tap((message) => notices.show(message, $localize`:@@notice.dismiss:OK`)),
    ),
  { functional: true, dispatch: false },
);

/** A questionnaire request from a tour operator, opened on the supplier's device. */
function openRequest(
  parsed: Checked<QuestionnaireRequest, ExchangeProblem>,
  fileName: string,
  held: readonly (Assessment | undefined)[],
) {
  if (!parsed.ok)
    return FileActions.importFailed({ fileName, problem: exchangeToFileProblem(parsed.problem) });
  const request = parsed.value;
  // The same request opened twice goes back to the answers already started, never a second copy.
  const started = held.find((a) => a?.request?.requestId === request.requestId);
  if (started) return FileActions.requestAlreadyOpen({ id: started.id });
  // A request written by an earlier Haven is answered with the questionnaire shipped now.
  const set = openAnswers(request.questionnaire.id, request.questionnaire.version, {})!.set;
  const base = newAssessment(set, crypto.randomUUID(), new Date().toISOString());
  const assessment: Assessment = {
    ...base,
    answers: {
      businessName: request.supplier.name,
      country: request.supplier.country,
      locality: request.supplier.locality,
    },
    request: {
      requestId: request.requestId,
      supplierId: request.supplier.id,
      operatorName: request.operatorName,
    },
  };
  return FileActions.requestOpened({ assessment });
}

function isRequestFile(text: string): boolean {
  return text.length < MAX_UNTRUSTED_BYTES && text.includes(`"${REQUEST_FORMAT}"`);
}

function exchangeToFileProblem(problem: ExchangeProblem): FileProblem {
  switch (problem.code) {
    case 'too-large':
    case 'not-json':
      return { code: problem.code };
    case 'future-version':
      return { code: 'future-version', version: problem.version };
    case 'unknown-questionnaire':
    case 'invalid':
      return problem;
    default:
      // Another kind of file that merely names the request format: not one Haven wrote.
      return { code: 'not-haven' };
  }
}
