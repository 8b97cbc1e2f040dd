import { Actions } from '@ngrx/effects';
import { firstValueFrom, of, toArray } from 'rxjs';

import { SupplierRepository } from '../../../core/storage/supplier-repository';
import { Supplier } from '../../../domain/suppliers/supplier';
import { SupplierStorageActions, SuppliersPageActions } from './supplier.actions';
import { saveSuppliers } from './supplier.effects';

const supplier = (id: string): Supplier => ({
  id,
  name: `Supplier ${id}`,
  category: 'guides',
  country: 'Peru',
  locality: 'Cusco',
  volume: 10,
  clauseStatus: 'signed',
  contact: 'desk',
  createdAt: '2026-11-26T08:00:00.000Z',
  updatedAt: '2026-11-26T08:00:00.000Z',
});

describe('saving the supplier register', () => {
  it('after a failed CSV import, says so and shows what is stored, not the rows it hoped to add', async () => {
    const stored = [supplier('kept')];
    const db = {
      putMany: () =>
        Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
      all: () => Promise.resolve(stored),
    } as unknown as SupplierRepository;
    const { id: _a, createdAt: _c, updatedAt: _u, ...draft } = supplier('a');
    const actions$ = of(SuppliersPageActions.importConfirmed([draft, draft])) as Actions;
    const emitted = await firstValueFrom(saveSuppliers(actions$, db).pipe(toArray()));
    expect(emitted).toEqual([
      SupplierStorageActions.saveFailed({ message: 'The quota has been exceeded.' }),
      SupplierStorageActions.reloaded({ suppliers: stored }),
    ]);
  });
});
