import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType, ROOT_EFFECTS_INIT } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import {
  catchError,
  concat,
  EMPTY,
  exhaustMap,
  filter,
  from,
  map,
  mergeMap,
  of,
  switchMap,
  tap,
  withLatestFrom,
} from 'rxjs';

import { Notices } from '../../../core/notices';
import { errorText } from '../../../core/error-text';
import { MAX_UNTRUSTED_BYTES } from '../../../domain/file-formats';
import { UntrustedFiles } from '../../../core/file-reading/untrusted-files';
import { SupplierRepository } from '../../../core/storage/supplier-repository';
import { StorageChanges } from '../../../core/storage/storage-changes';
import { FileTransfer } from '../../../core/file-transfer';
import {
  SupplierFileActions,
  SupplierStorageActions,
  SuppliersPageActions,
} from './supplier.actions';
import { suppliersFeature } from './supplier.feature';
import { selectPortfolioRows } from './supplier.selectors';

export const loadSuppliers = createEffect(
  (actions$ = inject(Actions), db = inject(SupplierRepository)) =>
    actions$.pipe(
      ofType(ROOT_EFFECTS_INIT),
      exhaustMap(() =>
        from(db.all()).pipe(
          map((suppliers) => SupplierStorageActions.suppliersLoaded({ suppliers })),
          catchError((error: unknown) =>
            of(SupplierStorageActions.loadFailed({ message: errorText(error) })),
          ),
        ),
      ),
    ),
  { functional: true },
);

/** Another tab changed the register: read it again, so both tabs show the same suppliers. */
export const followOtherTabs = createEffect(
  (changes = inject(StorageChanges), db = inject(SupplierRepository)) =>
    changes.elsewhere$.pipe(
      filter((change) => change.store === 'suppliers'),
      switchMap(() =>
        from(db.all()).pipe(
          map((suppliers) => SupplierStorageActions.reloaded({ suppliers })),
          catchError(() => EMPTY),
        ),
      ),
    ),
  { functional: true },
);

/** Each change to the register is written at once: edits are single clicks, imports one transaction. */
export const saveSuppliers = createEffect(
  (actions$ = inject(Actions), db = inject(SupplierRepository)) =>
    actions$.pipe(
      ofType(
        SuppliersPageActions.supplierAdded,
        SuppliersPageActions.supplierEdited,
        SuppliersPageActions.importConfirmed,
      ),
      mergeMap((action) => {
        const suppliers = 'suppliers' in action ? action.suppliers : [action.supplier];
        return from(db.putMany(suppliers)).pipe(
          mergeMap(() => EMPTY),
          catchError((error: unknown) => failedThenStored(db, error)),
        );
      }),
    ),
  { functional: true },
);

/**
 * A write that failed is reported, and the register is read again: it shows what is stored (none
 * of a failed CSV import), not what the page had hoped to store.
 */
function failedThenStored(db: SupplierRepository, error: unknown) {
  return concat(
    of(SupplierStorageActions.saveFailed({ message: errorText(error) })),
    from(db.all()).pipe(
      map((suppliers) => SupplierStorageActions.reloaded({ suppliers })),
      catchError(() => EMPTY),
    ),
  );
}

export const deleteSupplier = createEffect(
  (actions$ = inject(Actions), db = inject(SupplierRepository)) =>
    actions$.pipe(
      ofType(SuppliersPageActions.deleteConfirmed),
      mergeMap(({ id }) =>
        from(db.delete(id)).pipe(
          mergeMap(() => EMPTY),
          catchError((error: unknown) => failedThenStored(db, error)),
        ),
      ),
    ),
  { functional: true },
);

/** Reads a chosen CSV against the register; the result waits in the store for the user to confirm. */
export const readCsv = createEffect(
  (
    actions$ = inject(Actions),
    store = inject(Store),
    files = inject(FileTransfer),
    reader = inject(UntrustedFiles),
  ) =>
    actions$.pipe(
      ofType(SuppliersPageActions.csvFileChosen),
      withLatestFrom(store.select(suppliersFeature.selectAllSuppliers)),
      switchMap(([{ file }, suppliers]) =>
        // Not even read when it is larger than any register: parsing it could stall a phone.
        file.size > MAX_UNTRUSTED_BYTES
          ? of(
              SupplierFileActions.csvRead({
                fileName: file.name,
                result: { ok: false, problem: { kind: 'too-large' } },
              }),
            )
          : from(
              files.read(file).then((text) =>
                // Parsed in a worker: the page keeps answering while 10,000 rows are checked.
                reader.read({
                  kind: 'supplier-csv',
                  text,
                  existing: suppliers.map(({ name, locality }) => ({ name, locality })),
                }),
              ),
            ).pipe(
              map((result) => SupplierFileActions.csvRead({ fileName: file.name, result })),
              catchError(() =>
                of(
                  SupplierFileActions.csvRead({
                    fileName: file.name,
                    result: { ok: false, problem: { kind: 'empty' } },
                  }),
                ),
              ),
            ),
      ),
    ),
  { functional: true },
);

export const exportCsv = createEffect(
  (actions$ = inject(Actions), store = inject(Store), files = inject(FileTransfer)) =>
    actions$.pipe(
      ofType(SuppliersPageActions.exportRequested),
      withLatestFrom(store.select(selectPortfolioRows)),
      exhaustMap(async ([, rows]) => {
        const { supplierCsvText } = await loadCsv();
        const text = supplierCsvText(
          rows.map((row) => ({ supplier: row.supplier, band: row.band ?? '' })),
        );
        files.download(new Blob([text], { type: 'text/csv' }), 'haven-suppliers.csv');
      }),
    ),
  { functional: true, dispatch: false },
);

export const downloadTemplate = createEffect(
  (actions$ = inject(Actions), files = inject(FileTransfer)) =>
    actions$.pipe(
      ofType(SuppliersPageActions.templateRequested),
      exhaustMap(async () => {
        const { supplierCsvTemplate } = await loadCsv();
        files.download(
          new Blob([supplierCsvTemplate()], { type: 'text/csv' }),
          'haven-suppliers-template.csv',
        );
      }),
    ),
  { functional: true, dispatch: false },
);

export const openDeskAssessment = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) =>
    actions$.pipe(
      ofType(SuppliersPageActions.deskAssessmentStarted),
      tap(({ assessment }) => router.navigate(['/assessments', assessment.id, 'questions'])),
    ),
  { functional: true, dispatch: false },
);

export const notifySupplierProblems = createEffect(
  (actions$ = inject(Actions), notices = inject(Notices)) =>
    actions$.pipe(
      ofType(SupplierStorageActions.loadFailed, SupplierStorageActions.saveFailed),
      tap(({ message }) =>
        notices.show(
          $localize`:@@suppliers.storageFailed:The supplier register could not be read or saved on this device (${message}:message:).`,
          $localize`:@@notice.dismiss:OK`,
          12_000,
        ),
      ),
    ),
  { functional: true, dispatch: false },
);

/** The CSV code and Papa Parse load only when a CSV is read or written. */
function loadCsv() {
  return import('../../../domain/suppliers/supplier-csv');
}
