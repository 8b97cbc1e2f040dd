import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import {
  catchError,
  concatMap,
  EMPTY,
  exhaustMap,
  from,
  map,
  mergeMap,
  of,
  tap,
  withLatestFrom,
} from 'rxjs';

import { Notices } from '../../../core/notices';
import { SupplierRepository } from '../../../core/storage/supplier-repository';
import { errorText } from '../../../core/error-text';
import { FileTransfer, fileNameFor } from '../../../core/file-transfer';
import { OperatorName } from '../../../core/operator-name';
import { loadFileCode } from '../../../core/file-code';
import { sha256Hex } from '../../../core/sha256';
import { Assessment } from '../../../domain/assessment/assessment';
import { SUPPLIER_SETS } from '../../../domain/questionnaire/sets/supplier-sets';
import { findQuestionSet } from '../../../domain/questionnaire/sets';
import { visibleView } from '../../../domain/questionnaire/visibility';
import type {
  ExchangeProblem,
  QuestionnaireRequest,
  QuestionnaireResponse,
} from '../../../domain/suppliers/questionnaire-exchange';
import { Supplier } from '../../../domain/suppliers/supplier';
import { FileActions } from '../../assessments/state/assessment.actions';
import { assessmentsFeature } from '../../assessments/state/assessment.feature';
import { exchangeProblemMessage } from './exchange-problem-message';
import {
  SupplierFileActions,
  SupplierStorageActions,
  SuppliersPageActions,
} from './supplier.actions';
import { suppliersFeature } from './supplier.feature';

/** Writes a questionnaire request file for a supplier and records that it was sent. */
export const sendRequest = createEffect(
  (actions$ = inject(Actions), files = inject(FileTransfer), operator = inject(OperatorName)) =>
    actions$.pipe(
      ofType(SuppliersPageActions.requestRequested),
      concatMap(async ({ supplier, operatorName }) => {
        const { requestFileText } = await loadFileCode();
        const set = SUPPLIER_SETS[supplier.category];
        const now = new Date().toISOString();
        const request: QuestionnaireRequest = {
          requestId: crypto.randomUUID(),
          createdAt: now,
          operatorName,
          supplier: {
            id: supplier.id,
            name: supplier.name,
            category: supplier.category,
            country: supplier.country,
            locality: supplier.locality,
          },
          questionnaire: { id: set.id, version: set.version },
        };
        operator.set(operatorName);
        files.download(
          new Blob([requestFileText(request)], { type: 'application/json' }),
          fileNameFor(supplier.name, 'haven-questionnaire-request.json'),
        );
        return SupplierFileActions.requestSent({
          supplierId: supplier.id,
          request: {
            requestId: request.requestId,
            setId: set.id,
            setVersion: set.version,
            sentAt: now,
          },
          at: now,
        });
      }),
    ),
  { functional: true },
);

/**
 * Saves the supplier once a request is recorded against it. A failed write is reported: the
 * register must not say "sent" about a request this device has not kept.
 */
export const saveRequestSent = createEffect(
  (actions$ = inject(Actions), store = inject(Store), db = inject(SupplierRepository)) =>
    actions$.pipe(
      ofType(SupplierFileActions.requestSent),
      withLatestFrom(store.select(suppliersFeature.selectSupplierEntities)),
      mergeMap(([{ supplierId }, entities]) => {
        const supplier = entities[supplierId];
        if (!supplier) return EMPTY;
        return from(db.putMany([supplier])).pipe(
          mergeMap(() => EMPTY),
          catchError((error: unknown) =>
            of(SupplierStorageActions.saveFailed({ message: errorText(error) })),
          ),
        );
      }),
    ),
  { functional: true },
);

/**
 * Imports a supplier's response as untrusted input: schema, answers, digest, and that it answers a
 * request this operator sent with the same questionnaire version. Only then does it attach.
 */
export const importResponse = createEffect(
  (actions$ = inject(Actions), store = inject(Store), files = inject(FileTransfer)) =>
    actions$.pipe(
      ofType(SuppliersPageActions.responseFileChosen),
      withLatestFrom(
        store.select(suppliersFeature.selectAllSuppliers),
        store.select(assessmentsFeature.selectAllAssessments),
      ),
      exhaustMap(([{ file }, suppliers, assessments]) =>
        from(readResponse(file, files, suppliers, assessments)).pipe(
          map((result) =>
            'problem' in result
              ? SupplierFileActions.responseRejected({
                  fileName: file.name,
                  problem: result.problem,
                })
              : SupplierFileActions.responseImported(result),
          ),
        ),
      ),
    ),
  { functional: true },
);

/** On the supplier's device: writes its answers to a request as a sealed response file. */
export const writeResponse = createEffect(
  (actions$ = inject(Actions), store = inject(Store), files = inject(FileTransfer)) =>
    actions$.pipe(
      ofType(FileActions.responseRequested),
      withLatestFrom(store.select(assessmentsFeature.selectAssessmentEntities)),
      exhaustMap(async ([{ id }, entities]) => {
        const assessment = entities[id];
        const set = assessment && findQuestionSet(assessment.setId, assessment.setVersion);
        if (!assessment?.request || !set) return;
        const response: QuestionnaireResponse = {
          requestId: assessment.request.requestId,
          supplierId: assessment.request.supplierId,
          questionnaire: { id: set.id, version: set.version },
          answers: visibleView(set, assessment.answers).answers,
          answeredAt: new Date().toISOString(),
        };
        const { responseDigestInput, responseFileText } = await loadFileCode();
        const digest = await sha256Hex(responseDigestInput(response));
        const name = fileNameFor(
          assessment.answers['businessName'] ?? '',
          'haven-questionnaire-response.json',
        );
        files.download(
          new Blob([responseFileText(response, digest)], { type: 'application/json' }),
          name,
        );
      }),
    ),
  { functional: true, dispatch: false },
);

export const notifyExchange = createEffect(
  (actions$ = inject(Actions), notices = inject(Notices)) =>
    actions$.pipe(
      ofType(SupplierFileActions.responseImported, SupplierFileActions.responseRejected),
      tap((action) => {
        const message =
          action.type === SupplierFileActions.responseImported.type
            ? $localize`:@@exchange.imported:The answers of ${action.supplierName}:supplier: are attached to the supplier.`
            : exchangeProblemMessage(action.fileName, action.problem);
        notices.show(message, $localize`:@@notice.dismiss:OK`, 12_000);
      }),
    ),
  { functional: true, dispatch: false },
);

async function readResponse(
  file: File,
  files: FileTransfer,
  suppliers: readonly Supplier[],
  assessments: readonly Assessment[],
): Promise<{ problem: ExchangeProblem } | { assessment: Assessment; supplierName: string }> {
  const { checkResponse, isAlreadyAttached, parseResponseFile, responseDigestInput } =
    await loadFileCode();
  const parsed = parseResponseFile(await files.read(file));
  if (!parsed.ok) return { problem: parsed.problem };
  const { response, digest, answers, setVersion } = parsed.value;
  const checked = checkResponse(
    response,
    digest,
    await sha256Hex(responseDigestInput(response)),
    suppliers,
  );
  if (!checked.ok) return { problem: checked.problem };
  const questionnaire = { id: response.questionnaire.id, version: setVersion };
  if (isAlreadyAttached(assessments, checked.value.id, questionnaire, answers)) {
    return { problem: { code: 'already-attached', supplierName: checked.value.name } };
  }
  const now = new Date().toISOString();
  const assessment: Assessment = {
    id: crypto.randomUUID(),
    setId: response.questionnaire.id,
    setVersion,
    answers,
    plan: {},
    step: 0,
    createdAt: now,
    updatedAt: now,
    supplier: { supplierId: checked.value.id, answeredBy: 'supplier' },
  };
  return { assessment, supplierName: checked.value.name };
}
