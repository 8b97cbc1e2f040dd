import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, concatMap, from, mergeMap, of, take, withLatestFrom } from 'rxjs';

import { errorText } from '../../../core/error-text';
import { FileTransfer, fileNameFor } from '../../../core/file-transfer';
import { sha256Hex } from '../../../core/sha256';
import { Assessment } from '../../../domain/assessment/assessment';
import { findQuestionSet } from '../../../domain/questionnaire/sets';
import {
  buildSubmission,
  submissionDigestInput,
  submissionFileText,
} from '../../../domain/review/submission';
import { scoreAssessment } from '../../../domain/scoring/score-assessment';
import { MAX_UNTRUSTED_BYTES } from '../../../domain/file-formats';
import { ReportActions, SubmissionActions } from './assessment.actions';
import { assessmentsFeature } from './assessment.feature';
import { importReviewResponse } from './review-response-import';

/**
 * "Submit for review": writes the sealed submission package, then the due-diligence PDF beside it,
 * and locks the assessment. The business id is made on the first submission and kept after.
 */
export const submitForReview = createEffect(
  (actions$ = inject(Actions), store = inject(Store), files = inject(FileTransfer)) =>
    actions$.pipe(
      ofType(SubmissionActions.submitConfirmed),
      concatMap(({ id }) =>
        store.select(assessmentsFeature.selectAssessmentEntities).pipe(
          take(1),
          concatMap((entities) => from(writePackage(entities[id], files))),
          mergeMap((submitted) => [submitted, ReportActions.pdfRequested({ id })]),
          catchError((error: unknown) =>
            of(
              SubmissionActions.submitFailed({
                message: errorText(error),
              }),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);

async function writePackage(assessment: Assessment | undefined, files: FileTransfer) {
  if (!assessment) throw new Error('the assessment is no longer on this device');
  const set = findQuestionSet(assessment.setId, assessment.setVersion);
  if (!set)
    throw new Error(`questionnaire ${assessment.setId} ${assessment.setVersion} is missing`);
  const submittedAt = new Date().toISOString();
  const businessId = assessment.businessId ?? crypto.randomUUID();
  const submission = buildSubmission({
    set,
    answers: assessment.answers,
    plan: assessment.plan,
    score: scoreAssessment(set, assessment.answers),
    submissionId: crypto.randomUUID(),
    businessId,
    submittedAt,
  });
  const digest = await sha256Hex(submissionDigestInput(submission));
  files.download(
    new Blob([submissionFileText(submission, digest)], { type: 'application/json' }),
    fileNameFor(submission.profile.name, 'haven-submission.json'),
  );
  return SubmissionActions.submitted({
    id: assessment.id,
    businessId,
    submission: { submissionId: submission.submissionId, submittedAt, digest },
  });
}

/** The review response picked on the results page: only a review response is taken there. */
export const importReviewFile = createEffect(
  (actions$ = inject(Actions), store = inject(Store), files = inject(FileTransfer)) =>
    actions$.pipe(
      ofType(SubmissionActions.reviewFileChosen),
      withLatestFrom(store.select(assessmentsFeature.selectAllAssessments)),
      concatMap(async ([{ file }, assessments]) => {
        const failed = (code: 'too-large' | 'not-json') =>
          SubmissionActions.reviewImportFailed({ fileName: file.name, problem: { code } });
        if (file.size > MAX_UNTRUSTED_BYTES) return failed('too-large');
        const text = await files.read(file).catch(() => null);
        return text === null
          ? failed('not-json')
          : importReviewResponse(text, file.name, assessments);
      }),
    ),
  { functional: true },
);
