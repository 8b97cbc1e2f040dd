import {
  Component,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  OnInit,
  output,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';

import { PLAN_STATUSES, PlanEntry, PlanStatus } from '../../../domain/assessment/assessment';
import { RecommendedAction } from '../../../domain/plan/action-plan';
import { PHRASES } from '../../../shared/i18n/phrases';
import { QuestionLinks } from '../../../shared/ui/question-links/question-links';
import { CONTENT } from '../../../shared/i18n/content';
import { followStored } from '../../../shared/forms/follow-stored';
import { markupMessage, noMarkup } from '../../../shared/forms/no-markup';

/** One recommended action: what, why, the band it would bring, and who does it by when. */
@Component({
  selector: 'app-action-card',
  templateUrl: './action-card.html',
  styleUrl: './action-card.scss',
  imports: [
    ReactiveFormsModule,
    QuestionLinks,
    MatCardModule,
    MatFormFieldModule,
    MatInput,
    MatSelectModule,
  ],
})
export class ActionCard implements OnInit {
  readonly action = input.required<RecommendedAction>();
  readonly entry = input.required<PlanEntry>();
  readonly outcomes = input.required<readonly string[]>();
  /** The questions an action about several answers concerns, each linked to its question. */
  readonly targets = input<readonly { id: string; text: string }[]>([]);
  readonly assessmentId = input.required<string>();
  /** The assessment was submitted: the plan as submitted shows, and cannot change. */
  readonly isLocked = input(false);
  readonly entryChange = output<PlanEntry>();

  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);
  private readonly host = inject(ElementRef<HTMLElement>);
  protected readonly form = inject(NonNullableFormBuilder).group({
    owner: ['', [Validators.maxLength(120), noMarkup]],
    due: [''],
    status: ['not-started' as PlanStatus],
    note: ['', [Validators.maxLength(500), noMarkup]],
  });
  protected readonly markupMessage = markupMessage();
  protected readonly statuses = PLAN_STATUSES.map((status) => ({
    status,
    label: PHRASES.planStatus(status),
  }));
  protected readonly priorityLabel = PHRASES.priority;
  protected readonly criterionLabel = PHRASES.criterion;
  protected readonly bandLabel = PHRASES.band;

  ngOnInit(): void {
    this.form.setValue({ ...this.entry() }, { emitEvent: false });
    // Locked when submitted, or when storage fills up while the page is open.
    effect(
      () => {
        if (this.isLocked()) this.form.disable({ emitEvent: false });
        else this.form.enable({ emitEvent: false });
      },
      { injector: this.injector },
    );
    // The entry as stored: the form follows it when another tab changes it.
    followStored(
      () => this.form.controls,
      () => ({ ...this.entry() }),
      (name) => this.host.nativeElement.querySelector(`[formcontrolname="${name}"]`),
      this.injector,
    );
    this.form.valueChanges
      // Every change goes out at once; the save effect gathers them for 100 ms.
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(() => this.entryChange.emit(this.form.getRawValue()));
  }

  protected text(value: { en: string }): string {
    return CONTENT(value);
  }
}
