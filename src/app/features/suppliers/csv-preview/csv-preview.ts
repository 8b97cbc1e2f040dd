import { Component, computed, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';

import { CsvReadResult } from '../../../domain/suppliers/supplier-csv';
import { CATEGORY_TITLES, SUPPLIER_CATEGORIES } from '../../../domain/suppliers/supplier-category';
import { SupplierDraft } from '../../../domain/suppliers/supplier';
import { csvProblemText, csvRowProblemText } from './csv-problem-text';
import { CONTENT } from '../../../shared/i18n/content';

/** What a CSV would import, what it cannot, and a confirm button: nothing is imported before it. */
/** How many lines of problems or duplicates the preview lists. */
const LISTED_LINES = 100;

@Component({
  selector: 'app-csv-preview',
  templateUrl: './csv-preview.html',
  styleUrl: './csv-preview.scss',
  imports: [MatCardModule, MatButton],
})
export class CsvPreview {
  readonly fileName = input.required<string>();
  readonly result = input.required<CsvReadResult>();
  readonly confirmed = output<readonly SupplierDraft[]>();
  readonly cancelled = output<void>();

  protected readonly fileProblem = computed(() => {
    const result = this.result();
    return result.ok ? '' : csvProblemText(this.fileName(), result.problem);
  });
  protected readonly rows = computed(() => {
    const result = this.result();
    return result.ok ? result.rows : [];
  });
  protected readonly problems = computed(() => {
    const result = this.result();
    return result.ok ? result.problems : [];
  });
  /** The first lines only: a file wrong on every one of 10,000 lines needs fixing as a whole. */
  protected readonly listedProblems = computed(() =>
    this.problems()
      .slice(0, LISTED_LINES)
      .map((p) => ({ line: p.line, text: csvRowProblemText(p.reason) })),
  );
  protected readonly duplicates = computed(() => {
    const result = this.result();
    return result.ok ? result.duplicates : [];
  });
  protected readonly listedDuplicates = computed(() => this.duplicates().slice(0, LISTED_LINES));
  protected readonly categories = SUPPLIER_CATEGORIES.map(
    (id) => `${id} (${CONTENT(CATEGORY_TITLES[id])})`,
  );

  protected confirm(): void {
    this.confirmed.emit(this.rows().map((row) => row.draft));
  }
}
