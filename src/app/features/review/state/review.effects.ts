import { inject } from '@angular/core';
import { Actions, createEffect, ofType, ROOT_EFFECTS_INIT } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import {
  catchError,
  concat,
  concatMap,
  EMPTY,
  exhaustMap,
  filter,
  from,
  map,
  mergeMap,
  of,
  take,
  tap,
  withLatestFrom,
} from 'rxjs';

import { Notices } from '../../../core/notices';
import { PAGE_HIDING } from '../../../core/page-hiding';
import { pausePerKey } from '../../../core/pause-per-key';
import { errorText } from '../../../core/error-text';
import { SubmissionRepository } from '../../../core/storage/submission-repository';
import { StorageChanges } from '../../../core/storage/storage-changes';
import { FileTransfer, fileNameFor } from '../../../core/file-transfer';
import { ReviewerName } from '../../../core/reviewer-name';
import { loadFileCode } from '../../../core/file-code';
import { sha256Hex } from '../../../core/sha256';
import { ReceivedSubmission } from '../../../domain/review/review';
import { submissionDigestInput } from '../../../domain/review/submission';
import { MAX_UNTRUSTED_BYTES } from '../../../domain/file-formats';
import {
  ReviewDetailPageActions,
  ReviewFileActions,
  ReviewQueuePageActions,
  ReviewStorageActions,
  SubmissionImportActions,
} from './review.actions';
import { reviewFeature } from './review.feature';

const SAVE_DEBOUNCE_MS = 100;

export const loadSubmissions = createEffect(
  (actions$ = inject(Actions), db = inject(SubmissionRepository)) =>
    actions$.pipe(
      ofType(ROOT_EFFECTS_INIT),
      exhaustMap(() =>
        from(db.all()).pipe(
          map((submissions) => ReviewStorageActions.submissionsLoaded({ submissions })),
          catchError((error: unknown) =>
            of(ReviewStorageActions.loadFailed({ message: errorText(error) })),
          ),
        ),
      ),
    ),
  { functional: true },
);

/**
 * Another tab changed a review or the submissions: this tab reads what it wrote and lays its own
 * unsaved remarks over it, so both tabs show both; after many changes at once (a restore) it reads
 * them all again.
 */
export const followOtherTabs = createEffect(
  (changes = inject(StorageChanges), db = inject(SubmissionRepository)) =>
    changes.elsewhere$.pipe(
      filter((change) => change.store === 'submissions'),
      concatMap((change) =>
        change.id === undefined
          ? from(db.all()).pipe(
              map((submissions) => ReviewStorageActions.reloaded({ submissions })),
              catchError(() => EMPTY),
            )
          : from(db.changedElsewhere(change.id)).pipe(
              map((changed) => ReviewStorageActions.changedElsewhere(changed)),
              catchError(() => EMPTY),
            ),
      ),
    ),
  { functional: true },
);

/**
 * Checks and stores the chosen files one after another: each is read as untrusted input, its digest
 * checked, its score recomputed, and compared with what is already held (so a file dropped twice in
 * one batch is a duplicate too). A refused file is reported and changes nothing.
 */
export const importSubmissions = createEffect(
  (
    actions$ = inject(Actions),
    store = inject(Store),
    db = inject(SubmissionRepository),
    files = inject(FileTransfer),
  ) =>
    actions$.pipe(
      ofType(ReviewQueuePageActions.filesChosen),
      concatMap(({ files: chosen }) =>
        concat(
          of(SubmissionImportActions.started({ total: chosen.length })),
          from(chosen).pipe(
            concatMap((file) =>
              store.select(reviewFeature.selectReceivedEntities).pipe(
                take(1),
                concatMap((held) => importOne(file, held, files, db)),
              ),
            ),
          ),
          of(SubmissionImportActions.finished()),
        ),
      ),
    ),
  { functional: true },
);

async function importOne(
  file: File,
  held: Readonly<Record<string, ReceivedSubmission | undefined>>,
  files: FileTransfer,
  db: SubmissionRepository,
) {
  const refused = (problem: Parameters<typeof SubmissionImportActions.refused>[0]['problem']) =>
    SubmissionImportActions.refused({ fileName: file.name, problem });
  // Not even read: a file this large is not a submission, and reading it could stall a phone.
  if (file.size > MAX_UNTRUSTED_BYTES) return refused({ code: 'too-large' });
  let text: string;
  try {
    text = await files.read(file);
  } catch {
    return refused({ code: 'not-json' });
  }
  const { parseSubmissionFile, receiveSubmission } = await loadFileCode();
  const parsed = parseSubmissionFile(text);
  if (!parsed.ok) return refused(parsed.problem);
  const digest = await sha256Hex(submissionDigestInput(parsed.value.submission));
  const received = receiveSubmission(
    parsed.value,
    digest,
    held,
    file.name,
    new Date().toISOString(),
  );
  if (!received.ok) return refused(received.problem);
  try {
    await db.put(received.value);
  } catch (error) {
    // Reported with the file, and the import goes on to the next one instead of hanging.
    return SubmissionImportActions.notStored({ fileName: file.name, message: errorText(error) });
  }
  return SubmissionImportActions.received({ received: received.value });
}

export const saveReview = createEffect(
  (
    actions$ = inject(Actions),
    store = inject(Store),
    db = inject(SubmissionRepository),
    debounceMs = SAVE_DEBOUNCE_MS,
    pageHiding = inject(PAGE_HIDING),
  ) =>
    actions$.pipe(
      ofType(ReviewDetailPageActions.answerReviewed, ReviewDetailPageActions.decisionChanged),
      pausePerKey(({ id }) => id, debounceMs, pageHiding),
      withLatestFrom(store.select(reviewFeature.selectReceivedEntities)),
      mergeMap(([{ id }, entities]) => {
        const received = entities[id];
        if (!received) return EMPTY;
        return from(db.put(received)).pipe(
          // Another tab's remarks written meanwhile come back in the merge: show them here too.
          mergeMap((stored) =>
            stored === received
              ? EMPTY
              : of(ReviewStorageActions.changedElsewhere({ id, stored, base: received })),
          ),
          catchError((error: unknown) =>
            of(ReviewStorageActions.saveFailed({ message: errorText(error) })),
          ),
        );
      }),
    ),
  { functional: true },
);

export const deleteSubmission = createEffect(
  (actions$ = inject(Actions), db = inject(SubmissionRepository)) =>
    actions$.pipe(
      ofType(ReviewDetailPageActions.deleteConfirmed),
      mergeMap(({ id }) =>
        from(db.delete(id)).pipe(
          mergeMap(() => EMPTY),
          catchError((error: unknown) =>
            of(ReviewStorageActions.saveFailed({ message: errorText(error) })),
          ),
        ),
      ),
    ),
  { functional: true },
);

/** Writes the review response file the business imports to see the decision and the comments. */
export const exportReviewResponse = createEffect(
  (
    actions$ = inject(Actions),
    store = inject(Store),
    files = inject(FileTransfer),
    reviewer = inject(ReviewerName),
  ) =>
    actions$.pipe(
      ofType(ReviewDetailPageActions.responseRequested),
      withLatestFrom(store.select(reviewFeature.selectReceivedEntities)),
      map(([{ id, reviewerName }, entities]) => ({ received: entities[id], reviewerName })),
      filter((p): p is { received: ReceivedSubmission; reviewerName: string } => !!p.received),
      concatMap(async ({ received, reviewerName }) => {
        reviewer.set(reviewerName);
        const { reviewResponseDigestInput, reviewResponseFileText, reviewResponseOf } =
          await loadFileCode();
        const response = reviewResponseOf(received, reviewerName, new Date().toISOString());
        const digest = await sha256Hex(reviewResponseDigestInput(response));
        files.download(
          new Blob([reviewResponseFileText(response, digest)], { type: 'application/json' }),
          fileNameFor(received.submission.profile.name, 'haven-review-response.json'),
        );
        return ReviewFileActions.responseExported();
      }),
    ),
  { functional: true },
);

export const notifyReviewer = createEffect(
  (actions$ = inject(Actions), notices = inject(Notices)) =>
    actions$.pipe(
      ofType(
        ReviewStorageActions.loadFailed,
        ReviewStorageActions.saveFailed,
        ReviewFileActions.letterFailed,
        ReviewFileActions.responseExported,
      ),
      map((action) => {
        switch (action.type) {
          case ReviewStorageActions.loadFailed.type:
            return $localize`:@@review.loadFailed:Submissions could not be read on this device (${action.message}:message:).`;
          case ReviewStorageActions.saveFailed.type:
            return $localize`:@@review.saveFailed:Your last change to a review could not be saved on this device (${action.message}:message:).`;
          case ReviewFileActions.letterFailed.type:
            return $localize`:@@review.letterFailed:The review letter could not be made (${action.message}:message:). Try again.`;
          default:
            return $localize`:@@review.responseExported:Review response saved. Send it to the business with the letter.`;
        }
      }),
      tap((message) => notices.show(message, $localize`:@@notice.dismiss:OK`, 8_000)),
    ),
  { functional: true, dispatch: false },
);
