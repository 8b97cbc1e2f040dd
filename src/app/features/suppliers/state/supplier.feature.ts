import { createEntityAdapter, EntityState } from '@ngrx/entity';
import { createFeature, createReducer, on } from '@ngrx/store';

import { NO_FILTER, PortfolioFilter } from '../../../domain/suppliers/portfolio';
import { Supplier } from '../../../domain/suppliers/supplier';
import { CsvReadResult } from '../../../domain/suppliers/supplier-csv';
import {
  SupplierFileActions,
  SupplierStorageActions,
  SuppliersPageActions,
} from './supplier.actions';

export interface SuppliersState extends EntityState<Supplier> {
  readonly isLoaded: boolean;
  readonly filter: PortfolioFilter;
  /** A CSV read and waiting for the user to confirm; nothing is imported before that. */
  readonly pendingImport: { readonly fileName: string; readonly result: CsvReadResult } | null;
}

export const supplierAdapter = createEntityAdapter<Supplier>();

export const suppliersFeature = createFeature({
  name: 'suppliers',
  reducer: createReducer(
    supplierAdapter.getInitialState({
      isLoaded: false,
      filter: NO_FILTER,
      pendingImport: null,
    }) as SuppliersState,
    on(SupplierStorageActions.suppliersLoaded, (state, { suppliers }) =>
      supplierAdapter.addMany(suppliers, { ...state, isLoaded: true }),
    ),
    on(SupplierStorageActions.loadFailed, (state) => ({ ...state, isLoaded: true })),
    on(SupplierStorageActions.reloaded, (state, { suppliers }) =>
      supplierAdapter.setAll(suppliers, state),
    ),
    on(
      SuppliersPageActions.supplierAdded,
      SuppliersPageActions.supplierEdited,
      (state, { supplier }) => supplierAdapter.upsertOne(supplier, state),
    ),
    on(SupplierFileActions.csvRead, (state, { fileName, result }) => ({
      ...state,
      pendingImport: { fileName, result },
    })),
    on(SuppliersPageActions.importCancelled, (state) => ({ ...state, pendingImport: null })),
    on(SuppliersPageActions.importConfirmed, (state, { suppliers }) =>
      supplierAdapter.addMany(suppliers, { ...state, pendingImport: null }),
    ),
    on(SupplierFileActions.requestSent, (state, { supplierId, request, at }) => {
      const supplier = state.entities[supplierId];
      if (!supplier) return state;
      const changes = { requests: [...(supplier.requests ?? []), request], updatedAt: at };
      return supplierAdapter.updateOne({ id: supplierId, changes }, state);
    }),
    on(SuppliersPageActions.deleteConfirmed, (state, { id }) =>
      supplierAdapter.removeOne(id, state),
    ),
    on(SuppliersPageActions.filterChanged, (state, { filter }) => ({ ...state, filter })),
  ),
  extraSelectors: ({ selectSuppliersState }) => {
    const { selectAll, selectEntities, selectTotal } =
      supplierAdapter.getSelectors(selectSuppliersState);
    return {
      selectAllSuppliers: selectAll,
      selectSupplierEntities: selectEntities,
      selectSupplierCount: selectTotal,
    };
  },
});
