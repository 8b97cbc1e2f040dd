import { Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { markupMessage, noMarkup } from '../../../shared/forms/no-markup';

export interface RequestDialogData {
  readonly supplierName: string;
  readonly operatorName: string;
}

/** Asks whose name the request carries, then closes with it. */
@Component({
  selector: 'app-request-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButton, MatFormFieldModule, MatInput],
  template: `
    <h2 mat-dialog-title i18n="@@request.title">Send a questionnaire to {{ data.supplierName }}</h2>
    <mat-dialog-content>
      <p i18n="@@request.explain">
        Haven saves a small request file. Send it to the supplier (email, messaging); they open it
        in Haven on their own device, answer, and send you back a response file to import here.
      </p>
      <form [formGroup]="form" id="request-form" (ngSubmit)="send()">
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="wide">
          <mat-label i18n="@@request.operator"
            >Your business name, as the supplier knows it</mat-label
          >
          <input
            matInput
            formControlName="operatorName"
            required
            maxlength="120"
            autocomplete="organization"
          />
          @if (form.controls.operatorName.hasError('markup')) {
            <mat-error>{{ markupMessage }}</mat-error>
          } @else {
            <mat-error i18n="@@request.operatorRequired"
              >The supplier needs to know who is asking.</mat-error
            >
          }
        </mat-form-field>
      </form>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button matButton mat-dialog-close type="button" i18n="@@dialog.cancel">Cancel</button>
      <button matButton="filled" type="submit" form="request-form" i18n="@@request.save">
        Save the request file
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .wide {
      width: 100%;
    }
  `,
})
export class RequestDialog {
  protected readonly data = inject<RequestDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<RequestDialog, string>>(MatDialogRef);
  protected readonly markupMessage = markupMessage();
  protected readonly form = inject(NonNullableFormBuilder).group({
    operatorName: [
      this.data.operatorName,
      [Validators.required, Validators.maxLength(120), Validators.pattern(/\S/), noMarkup],
    ],
  });

  protected send(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.ref.close(this.form.getRawValue().operatorName.trim());
  }
}
