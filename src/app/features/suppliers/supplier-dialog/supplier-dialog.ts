import { Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import { textIn } from '../../../domain/locale-text';
import {
  CLAUSE_STATUSES,
  ClauseStatus,
  Supplier,
  SupplierDraft,
} from '../../../domain/suppliers/supplier';
import {
  CATEGORY_TITLES,
  SUPPLIER_CATEGORIES,
  SupplierCategory,
} from '../../../domain/suppliers/supplier-category';
import { CONTENT_LOCALE } from '../../../shared/i18n/content-locale';
import { CLAUSE_STATUS_LABELS } from '../supplier-labels';

/** Adds or edits a supplier. Closes with the entered SupplierDraft, or nothing when cancelled. */
@Component({
  selector: 'app-supplier-dialog',
  templateUrl: './supplier-dialog.html',
  styleUrl: './supplier-dialog.scss',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatButton,
    MatFormFieldModule,
    MatInput,
    MatSelectModule,
  ],
})
export class SupplierDialog {
  protected readonly supplier = inject<Supplier | null>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<SupplierDialog, SupplierDraft>>(MatDialogRef);
  protected readonly categories = SUPPLIER_CATEGORIES.map((id) => ({
    id,
    title: textIn(CATEGORY_TITLES[id], CONTENT_LOCALE),
  }));
  protected readonly statuses = CLAUSE_STATUSES.map((id) => ({
    id,
    label: CLAUSE_STATUS_LABELS[id],
  }));
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: [this.supplier?.name ?? '', [Validators.required, Validators.maxLength(120)]],
    category: [(this.supplier?.category ?? '') as SupplierCategory | '', Validators.required],
    country: [this.supplier?.country ?? '', [Validators.required, Validators.maxLength(120)]],
    locality: [this.supplier?.locality ?? '', Validators.maxLength(120)],
    volume: [
      this.supplier?.volume ?? 0,
      [Validators.required, Validators.min(0), Validators.max(999_999_999)],
    ],
    clauseStatus: [(this.supplier?.clauseStatus ?? 'none') as ClauseStatus],
    contact: [this.supplier?.contact ?? '', Validators.maxLength(200)],
  });

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    this.ref.close({
      ...value,
      name: value.name.trim(),
      country: value.country.trim(),
      locality: value.locality.trim(),
      contact: value.contact.trim(),
      category: value.category as SupplierCategory,
      volume: Math.round(Number(value.volume)),
    });
  }
}
