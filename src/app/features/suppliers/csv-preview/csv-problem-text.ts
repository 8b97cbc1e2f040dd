import { CsvProblem, CsvRowProblem } from '../../../domain/suppliers/supplier-csv';
import { plural } from '../../../shared/i18n/plural';

/** Why a CSV row was not imported, in words that say how to fix it. */
export function csvRowProblemText(reason: CsvRowProblem['reason']): string {
  switch (reason.code) {
    case 'missing':
      return $localize`:@@csv.missing:the “${reason.column}:column:” column is empty`;
    case 'unknown-category':
      return $localize`:@@csv.category:“${reason.value}:value:” is not a supplier category (see the list below)`;
    case 'bad-volume':
      return $localize`:@@csv.volume:volume “${reason.value}:value:” is not a whole number`;
    case 'unknown-clause-status':
      return $localize`:@@csv.clause:clause status “${reason.value}:value:” is not signed, sent, refused or none`;
    case 'too-long':
      return $localize`:@@csv.tooLong:the “${reason.column}:column:” column is too long`;
    case 'markup':
      return $localize`:@@csv.markup:the “${reason.column}:column:” column reads as HTML (a “<” just before a letter), which Haven’s files cannot carry`;
  }
}

/** Why a whole CSV file could not be read. */
export function csvProblemText(fileName: string, problem: CsvProblem): string {
  switch (problem.kind) {
    case 'empty':
      return $localize`:@@csv.empty:“${fileName}:file:” is empty or could not be read.`;
    case 'missing-columns':
      return plural(problem.columns.length, {
        one: $localize`:@@csv.column:“${fileName}:file:” lacks the column ${problem.columns[0]}:column:. Start from the template.`,
        other: $localize`:@@csv.columns:“${fileName}:file:” lacks the columns ${problem.columns.join(', ')}:columns:. Start from the template.`,
      });
    case 'too-large':
      return $localize`:@@csv.tooLarge:“${fileName}:file:” is larger than 5 MB: too large for a supplier register. Split it into smaller files.`;
    case 'too-many-rows':
      return $localize`:@@csv.rows:“${fileName}:file:” has more than ${problem.max}:max: rows. Split it into smaller files.`;
  }
}
