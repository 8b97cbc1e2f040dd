import { FileProblem } from '../../../domain/assessment/assessment-file';
import { invalidReasonMessage } from '../../../shared/i18n/file-problem-reasons';

/** What went wrong with an imported file, in words that say what to do about it. */
export function fileProblemMessage(fileName: string, problem: FileProblem): string {
  switch (problem.code) {
    case 'too-large':
      return $localize`:@@fileProblem.tooLarge:“${fileName}:file:” is too large to be a Haven assessment (over 5 MB). Nothing was imported.`;
    case 'not-json':
      return $localize`:@@fileProblem.notJson:“${fileName}:file:” is not a Haven assessment file: it is not readable JSON, or it was cut short. Nothing was imported.`;
    case 'not-haven':
      return $localize`:@@fileProblem.notHaven:“${fileName}:file:” comes from another program, not from Haven’s “Export” button. Nothing was imported.`;
    case 'future-version':
      return $localize`:@@fileProblem.future:“${fileName}:file:” was made by a newer version of Haven (file format ${problem.version}:version:). Update Haven, then import it again. Nothing was imported.`;
    case 'unknown-questionnaire':
      return $localize`:@@fileProblem.unknownSet:“${fileName}:file:” uses a questionnaire this version of Haven does not have (${problem.questionnaire}:questionnaire:). Nothing was imported.`;
    case 'invalid':
      return $localize`:@@fileProblem.invalid:“${fileName}:file:” looks like a Haven assessment but has been changed or damaged. ${invalidReasonMessage(problem.reason)}:why: Nothing was imported.`;
  }
}
