import { ScrollingModule } from '@angular/cdk/scrolling';
import { DatePipe, DecimalPipe } from '@angular/common';
import { Component, DestroyRef, inject, OnInit } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { debounceTime } from 'rxjs';

import { PortfolioRow } from '../../../domain/suppliers/portfolio';
import { CLAUSE_STATUSES, SupplierDraft } from '../../../domain/suppliers/supplier';
import { CATEGORY_TITLES, SUPPLIER_CATEGORIES } from '../../../domain/suppliers/supplier-category';
import { BANDS } from '../../../domain/scoring/risk-band';
import { PHRASES } from '../../../shared/i18n/phrases';
import { BandBadge } from '../../../shared/ui/band-badge/band-badge';
import { CsvPreview } from '../csv-preview/csv-preview';
import { PortfolioSummary } from '../portfolio-summary/portfolio-summary';
import { SupplierDialog } from '../supplier-dialog/supplier-dialog';
import { CLAUSE_STATUS_LABELS } from '../supplier-labels';
import { SuppliersPageActions } from '../state/supplier.actions';
import { suppliersFeature } from '../state/supplier.feature';
import {
  selectCountries,
  selectFilteredRows,
  selectOverdueFollowUps,
  selectPortfolioSummary,
} from '../state/supplier.selectors';
import { CONTENT } from '../../../shared/i18n/content';
import { LoadingIndicator } from '../../../shared/ui/loading-indicator/loading-indicator';

@Component({
  selector: 'app-suppliers-page',
  templateUrl: './suppliers-page.html',
  styleUrl: './suppliers-page.scss',
  imports: [
    LoadingIndicator,
    ScrollingModule,
    DatePipe,
    DecimalPipe,
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatCheckbox,
    MatFormFieldModule,
    MatIcon,
    MatInput,
    MatSelectModule,
    BandBadge,
    CsvPreview,
    PortfolioSummary,
  ],
})
export class SuppliersPage implements OnInit {
  private readonly store = inject(Store);
  private readonly dialog = inject(MatDialog);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly isLoaded = this.store.selectSignal(suppliersFeature.selectIsLoaded);
  protected readonly total = this.store.selectSignal(suppliersFeature.selectSupplierCount);
  protected readonly rows = this.store.selectSignal(selectFilteredRows);
  protected readonly summary = this.store.selectSignal(selectPortfolioSummary);
  protected readonly countries = this.store.selectSignal(selectCountries);
  // Today's date is read once, when the page opens: overdue means due before today.
  protected readonly overdue = this.store.selectSignal(
    selectOverdueFollowUps(new Date().toISOString().slice(0, 10)),
  );
  protected readonly pendingImport = this.store.selectSignal(suppliersFeature.selectPendingImport);
  private readonly initialFilter = this.store.selectSignal(suppliersFeature.selectFilter)();
  protected readonly filter = inject(NonNullableFormBuilder).group({
    text: [this.initialFilter.text],
    category: [this.initialFilter.category],
    country: [this.initialFilter.country],
    band: [this.initialFilter.band],
    clauseStatus: [this.initialFilter.clauseStatus],
    redFlagOnly: [this.initialFilter.redFlagOnly],
    unverifiedOnly: [this.initialFilter.unverifiedOnly],
  });
  protected readonly categories = SUPPLIER_CATEGORIES.map((id) => ({
    id,
    title: CONTENT(CATEGORY_TITLES[id]),
  }));
  protected readonly bands = [...BANDS]
    .reverse()
    .map((band) => ({ id: band, label: PHRASES.band(band) }));
  protected readonly statuses = CLAUSE_STATUSES.map((id) => ({
    id,
    label: CLAUSE_STATUS_LABELS[id],
  }));
  protected readonly clauseLabel = CLAUSE_STATUS_LABELS;

  ngOnInit(): void {
    // Typing in the search waits a moment; the filter only narrows rows already scored.
    this.filter.valueChanges
      .pipe(debounceTime(150), takeUntilDestroyed(this.destroyRef))
      .subscribe(() =>
        this.store.dispatch(
          SuppliersPageActions.filterChanged({ filter: this.filter.getRawValue() }),
        ),
      );
  }

  protected readonly trackById = (_: number, row: PortfolioRow) => row.supplier.id;

  protected categoryTitle(row: PortfolioRow): string {
    return CONTENT(CATEGORY_TITLES[row.supplier.category]);
  }

  protected addSupplier(): void {
    this.dialog
      .open<SupplierDialog, null, SupplierDraft>(SupplierDialog, {
        data: null,
        width: '640px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((draft) => {
        if (draft) this.store.dispatch(SuppliersPageActions.supplierAdded(draft));
      });
  }

  protected chooseCsv(input: HTMLInputElement): void {
    const file = input.files?.[0];
    input.value = '';
    if (file) this.store.dispatch(SuppliersPageActions.csvFileChosen({ file }));
  }

  protected chooseResponse(input: HTMLInputElement): void {
    const file = input.files?.[0];
    input.value = '';
    if (file) this.store.dispatch(SuppliersPageActions.responseFileChosen({ file }));
  }

  protected confirmImport(drafts: readonly SupplierDraft[]): void {
    this.store.dispatch(SuppliersPageActions.importConfirmed(drafts));
  }

  protected cancelImport(): void {
    this.store.dispatch(SuppliersPageActions.importCancelled());
  }

  protected exportPdf(): void {
    this.store.dispatch(SuppliersPageActions.portfolioPdfRequested());
  }

  protected exportCsv(): void {
    this.store.dispatch(SuppliersPageActions.exportRequested());
  }

  protected downloadTemplate(): void {
    this.store.dispatch(SuppliersPageActions.templateRequested());
  }
}
