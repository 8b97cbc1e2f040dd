import { Actions } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { firstValueFrom, of, toArray } from 'rxjs';

import { FileTransfer } from '../../../core/file-transfer';
import { SubmissionRepository } from '../../../core/storage/submission-repository';
import { SAMPLES, sealedText } from '../../../domain/review/testing-submissions';
import { ReviewQueuePageActions, SubmissionImportActions } from './review.actions';
import { importSubmissions } from './review.effects';

describe('importing submissions', () => {
  const store = { select: () => of({}) } as unknown as Store;
  const files = { read: (file: Blob) => file.text() } as FileTransfer;

  it('reports a file the device could not store, and goes on to finish instead of hanging', async () => {
    const text = await sealedText(SAMPLES.wellControlled());
    const db = {
      put: () =>
        Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
    } as unknown as SubmissionRepository;
    const chosen = [new File([text], 'hotel.json', { type: 'application/json' })];
    const actions$ = of(ReviewQueuePageActions.filesChosen({ files: chosen })) as Actions;
    const emitted = await firstValueFrom(
      importSubmissions(actions$, store, db, files).pipe(toArray()),
    );
    expect(emitted).toEqual([
      SubmissionImportActions.started({ total: 1 }),
      SubmissionImportActions.notStored({
        fileName: 'hotel.json',
        message: 'The quota has been exceeded.',
      }),
      SubmissionImportActions.finished(),
    ]);
  });
});
