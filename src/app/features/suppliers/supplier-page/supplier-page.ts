import { DatePipe, DecimalPipe } from '@angular/common';
import { Component, computed, inject, input } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { Router, RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';

import { Supplier, SupplierDraft } from '../../../domain/suppliers/supplier';
import { CATEGORY_TITLES } from '../../../domain/suppliers/supplier-category';
import { BandBadge } from '../../../shared/ui/band-badge/band-badge';
import { ConfirmDialog, ConfirmDialogData } from '../../../shared/ui/confirm-dialog/confirm-dialog';
import { OperatorName } from '../../../core/operator-name';
import { RequestDialog, RequestDialogData } from '../request-dialog/request-dialog';
import { SupplierDialog } from '../supplier-dialog/supplier-dialog';
import { CLAUSE_STATUS_LABELS } from '../supplier-labels';
import { SuppliersPageActions } from '../state/supplier.actions';
import { suppliersFeature } from '../state/supplier.feature';
import { selectPortfolioRows } from '../state/supplier.selectors';
import { CONTENT } from '../../../shared/i18n/content';
import { LoadingIndicator } from '../../../shared/ui/loading-indicator/loading-indicator';

/** One supplier: its register entry, and its assessment or the ways to get one. */
@Component({
  selector: 'app-supplier-page',
  templateUrl: './supplier-page.html',
  styleUrl: './supplier-page.scss',
  imports: [
    LoadingIndicator,
    DatePipe,
    DecimalPipe,
    RouterLink,
    MatButton,
    MatCardModule,
    MatIcon,
    BandBadge,
  ],
})
export class SupplierPage {
  /** Route parameter. */
  readonly supplierId = input.required<string>();

  private readonly store = inject(Store);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly operatorName = inject(OperatorName);
  protected readonly isLoaded = this.store.selectSignal(suppliersFeature.selectIsLoaded);
  private readonly rows = this.store.selectSignal(selectPortfolioRows);
  protected readonly row = computed(() =>
    this.rows().find((r) => r.supplier.id === this.supplierId()),
  );
  protected readonly category = computed(() => {
    const row = this.row();
    return row ? CONTENT(CATEGORY_TITLES[row.supplier.category]) : '';
  });
  protected readonly clauseLabel = CLAUSE_STATUS_LABELS;

  protected edit(supplier: Supplier): void {
    this.dialog
      .open<SupplierDialog, Supplier, SupplierDraft>(SupplierDialog, {
        data: supplier,
        width: '640px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((draft) => {
        if (draft) this.store.dispatch(SuppliersPageActions.supplierEdited({ supplier, draft }));
      });
  }

  protected confirmDelete(supplier: Supplier): void {
    const data: ConfirmDialogData = {
      title: $localize`:@@supplier.deleteTitle:Delete this supplier?`,
      message: $localize`:@@supplier.deleteMessage:“${supplier.name}:name:” will be removed from the register on this device.`,
      confirm: $localize`:@@home.deleteConfirm:Delete`,
    };
    this.dialog
      .open(ConfirmDialog, { data })
      .afterClosed()
      .subscribe((confirmed) => {
        if (!confirmed) return;
        this.store.dispatch(SuppliersPageActions.deleteConfirmed({ id: supplier.id }));
        this.router.navigate(['/suppliers']);
      });
  }

  protected sendQuestionnaire(supplier: Supplier): void {
    const data: RequestDialogData = {
      supplierName: supplier.name,
      operatorName: this.operatorName.get(),
    };
    this.dialog
      .open<RequestDialog, RequestDialogData, string>(RequestDialog, {
        data,
        width: '560px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((operatorName) => {
        if (operatorName)
          this.store.dispatch(SuppliersPageActions.requestRequested({ supplier, operatorName }));
      });
  }

  protected importResponse(input: HTMLInputElement): void {
    const file = input.files?.[0];
    input.value = '';
    if (file) this.store.dispatch(SuppliersPageActions.responseFileChosen({ file }));
  }

  protected assessAtDesk(supplier: Supplier): void {
    this.store.dispatch(SuppliersPageActions.deskAssessmentStarted(supplier));
  }
}
