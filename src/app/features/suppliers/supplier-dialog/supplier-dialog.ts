import { afterNextRender, Component, ElementRef, inject, Injector, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

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
import { CLAUSE_STATUS_LABELS } from '../supplier-labels';
import { CONTENT } from '../../../shared/i18n/content';
import { markupMessage, noMarkup } from '../../../shared/forms/no-markup';

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
    title: CONTENT(CATEGORY_TITLES[id]),
  }));
  protected readonly statuses = CLAUSE_STATUSES.map((id) => ({
    id,
    label: CLAUSE_STATUS_LABELS[id],
  }));
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: [this.supplier?.name ?? '', [Validators.required, Validators.maxLength(120), noMarkup]],
    category: [(this.supplier?.category ?? '') as SupplierCategory | '', Validators.required],
    country: [
      this.supplier?.country ?? '',
      [Validators.required, Validators.maxLength(120), noMarkup],
    ],
    locality: [this.supplier?.locality ?? '', [Validators.maxLength(120), noMarkup]],
    volume: [
      this.supplier?.volume ?? 0,
      [Validators.required, Validators.min(0), Validators.max(999_999_999)],
    ],
    clauseStatus: [(this.supplier?.clauseStatus ?? 'none') as ClauseStatus],
    contact: [this.supplier?.contact ?? '', [Validators.maxLength(200), noMarkup]],
  });
  protected readonly markupMessage = markupMessage();

  /** What stops the supplier being saved, listed above the fields after a refused Save. */
  protected readonly problems = signal<readonly string[]>([]);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  constructor() {
    // Once shown, the list follows the fixes and disappears when nothing is left.
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => {
      if (this.problems().length) this.problems.set(this.currentProblems());
    });
  }

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.problems.set(this.currentProblems());
      afterNextRender(
        () =>
          this.host.nativeElement
            .querySelector<HTMLElement>('input.ng-invalid, mat-select.ng-invalid')
            ?.focus(),
        { injector: this.injector },
      );
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

  private currentProblems(): string[] {
    const { controls } = this.form;
    const hasMarkup = [controls.name, controls.country, controls.locality, controls.contact].some(
      (control) => control.hasError('markup'),
    );
    return [
      controls.name.hasError('required') &&
        $localize`:@@supplierDialog.nameRequired:Enter the supplier's business name.`,
      controls.category.invalid && $localize`:@@supplierDialog.categoryRequired:Choose a category.`,
      controls.country.hasError('required') &&
        $localize`:@@supplierDialog.countryRequired:Enter the country.`,
      controls.volume.invalid &&
        $localize`:@@supplierDialog.volumeInvalid:Enter a whole number, 0 or more.`,
      hasMarkup && this.markupMessage,
    ].filter((problem): problem is string => Boolean(problem));
  }
}
