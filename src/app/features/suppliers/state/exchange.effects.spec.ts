import { Actions } from '@ngrx/effects';
import { Action, Store } from '@ngrx/store';
import { of, Subject } from 'rxjs';

import { SupplierRepository } from '../../../core/storage/supplier-repository';
import { Supplier } from '../../../domain/suppliers/supplier';
import { saveRequestSent } from './exchange.effects';
import { SupplierFileActions, SupplierStorageActions } from './supplier.actions';

describe('saveRequestSent', () => {
  const supplier: Supplier = {
    id: 's1',
    name: 'Andes Guides',
    category: 'guides',
    country: 'Peru',
    locality: 'Cusco',
    volume: 100,
    clauseStatus: 'sent',
    contact: '',
    createdAt: '',
    updatedAt: '',
  };
  const store = { select: () => of({ s1: supplier }) } as unknown as Store;
  const sent = SupplierFileActions.requestSent({
    supplierId: 's1',
    request: { requestId: 'r1', setId: 'supplier-guides', setVersion: '2.0.0', sentAt: '' },
    at: '',
  });

  function run(putSuppliers: () => Promise<void>): Action[] {
    const actions$ = new Subject<Action>();
    const out: Action[] = [];
    const db = { putMany: putSuppliers } as unknown as SupplierRepository;
    saveRequestSent(actions$ as unknown as Actions, store, db).subscribe((a) => out.push(a));
    actions$.next(sent);
    return out;
  }

  it('writes the supplier with its request and reports nothing when it is kept', async () => {
    const put = jasmine.createSpy('putSuppliers').and.resolveTo();
    const out = run(put);
    await Promise.resolve();
    await Promise.resolve();
    expect(put).toHaveBeenCalledOnceWith([supplier]);
    expect(out).toEqual([]);
  });

  it('says so when the write fails, instead of a silent "sent"', async () => {
    const out = run(() => Promise.reject(new DOMException('full', 'QuotaExceededError')));
    await new Promise((resolve) => setTimeout(resolve));
    expect(out).toEqual([
      SupplierStorageActions.saveFailed({ message: jasmine.any(String) as unknown as string }),
    ]);
  });
});
