import { SupplierCategory } from './supplier-category';

export const CLAUSE_STATUSES = ['signed', 'sent', 'refused', 'none'] as const;
/** Where the child-protection clause stands with this supplier (criterion 3). */
export type ClauseStatus = (typeof CLAUSE_STATUSES)[number];

/**
 * A supplier in a tour operator's register. Business facts only: no personal data beyond a
 * business contact. Its assessment, when there is one, is an Assessment that names this supplier.
 */
export interface Supplier {
  readonly id: string;
  readonly name: string;
  readonly category: SupplierCategory;
  readonly country: string;
  readonly locality: string;
  /** Nights or passengers a year with this operator, to order follow-up work (brief §9). */
  readonly volume: number;
  readonly clauseStatus: ClauseStatus;
  /** A business contact: a desk, a role, a phone or an email of the business. */
  readonly contact: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Questionnaire requests sent to this supplier; a response is accepted only for one of these. */
  readonly requests?: readonly SentRequest[];
}

export interface SentRequest {
  readonly requestId: string;
  readonly setId: string;
  readonly setVersion: string;
  readonly sentAt: string;
}

/** The fields a user enters or a CSV row gives; id and times are added when it is saved. */
export type SupplierDraft = Omit<Supplier, 'id' | 'createdAt' | 'updatedAt' | 'requests'>;

/** Suppliers are the same business when name and locality match, ignoring case and spacing. */
export function supplierKey(supplier: { name: string; locality: string }): string {
  const norm = (text: string) => text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
  return `${norm(supplier.name)}|${norm(supplier.locality)}`;
}
