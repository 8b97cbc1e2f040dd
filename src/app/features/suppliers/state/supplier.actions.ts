import { createActionGroup, emptyProps, props } from '@ngrx/store';

import { Assessment } from '../../../domain/assessment/assessment';
import { newAssessment } from '../../../domain/assessment/new-assessment';
import { PortfolioFilter } from '../../../domain/suppliers/portfolio';
import { CsvReadResult } from '../../../domain/suppliers/supplier-csv';
import { SentRequest, Supplier, SupplierDraft } from '../../../domain/suppliers/supplier';
import { ExchangeProblem } from '../../../domain/suppliers/questionnaire-exchange';
import { SUPPLIER_SETS } from '../../../domain/questionnaire/sets/supplier-sets';

const now = () => new Date().toISOString();

function saved(
  draft: SupplierDraft,
  id: string = crypto.randomUUID(),
  createdAt = now(),
): Supplier {
  return { ...draft, id, createdAt, updatedAt: now() };
}

export const SuppliersPageActions = createActionGroup({
  source: 'Suppliers Page',
  events: {
    'Supplier Added': (draft: SupplierDraft) => ({ supplier: saved(draft) }),
    'Supplier Edited': (p: { supplier: Supplier; draft: SupplierDraft }) => ({
      supplier: saved(p.draft, p.supplier.id, p.supplier.createdAt),
    }),
    'Delete Confirmed': props<{ id: string }>(),
    'Import Confirmed': (drafts: readonly SupplierDraft[]) => ({
      suppliers: drafts.map((d) => saved(d)),
    }),
    'Filter Changed': props<{ filter: PortfolioFilter }>(),
    'Csv File Chosen': props<{ file: File }>(),
    'Request Requested': props<{ supplier: Supplier; operatorName: string }>(),
    'Response File Chosen': props<{ file: File }>(),
    'Import Cancelled': emptyProps(),
    'Export Requested': emptyProps(),
    'Portfolio Pdf Requested': emptyProps(),
    'Template Requested': emptyProps(),
    /** Starts the operator's own (desk) assessment of a supplier with its category questionnaire. */
    'Desk Assessment Started': (supplier: Supplier) => {
      const set = SUPPLIER_SETS[supplier.category];
      const base = newAssessment(set, crypto.randomUUID(), now());
      const assessment: Assessment = {
        ...base,
        answers: {
          businessName: supplier.name,
          country: supplier.country,
          locality: supplier.locality,
        },
        supplier: { supplierId: supplier.id, answeredBy: 'operator' },
      };
      return { assessment };
    },
  },
});

export const SupplierStorageActions = createActionGroup({
  source: 'Supplier Storage',
  events: {
    'Suppliers Loaded': props<{ suppliers: Supplier[] }>(),
    /** The register read again after another tab (or a restore) changed it. */
    Reloaded: props<{ suppliers: Supplier[] }>(),
    'Load Failed': props<{ message: string }>(),
    'Save Failed': props<{ message: string }>(),
  },
});

export const SupplierFileActions = createActionGroup({
  source: 'Supplier File',
  events: {
    'Csv Read': props<{ fileName: string; result: CsvReadResult }>(),
    'Request Sent': props<{ supplierId: string; request: SentRequest; at: string }>(),
    'Response Imported': props<{ assessment: Assessment; supplierName: string }>(),
    'Response Rejected': props<{ fileName: string; problem: ExchangeProblem }>(),
  },
});
