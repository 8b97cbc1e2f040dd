import type { BackupProblem } from '../../../domain/backup/backup-problem';
import { invalidReasonMessage } from '../../../shared/i18n/file-problem-reasons';

/** Why a backup just made could not be read back, so it was not offered. */
export function unreadableBackupMessage(problem: BackupProblem): string {
  if (problem.code === 'unknown-questionnaire') {
    return $localize`:@@backupProblem.unreadableSet:No backup was saved: it would hold an assessment made with a questionnaire this version of Haven does not have (${problem.questionnaire}:questionnaire:), which it could not restore. Update Haven, then back up again.`;
  }
  const why = problem.code === 'invalid' ? invalidReasonMessage(problem.reason) : '';
  return $localize`:@@backupProblem.unreadable:No backup was saved: Haven could not read it back. ${why}:why: Change that text, then back up again.`;
}

/** Why a backup was refused, in words that say what to do; every one ends "nothing was changed". */
export function backupProblemMessage(fileName: string, problem: BackupProblem): string {
  switch (problem.code) {
    case 'too-large':
      return $localize`:@@backupProblem.tooLarge:“${fileName}:file:” is too large to be a Haven backup (over 50 MB). Nothing was changed.`;
    case 'not-json':
      return $localize`:@@backupProblem.notJson:“${fileName}:file:” is not a Haven backup: it is not readable JSON, or it was cut short. Nothing was changed.`;
    case 'not-haven':
      return $localize`:@@backupProblem.notHaven:“${fileName}:file:” comes from another program, not from Haven’s “Back up everything” button. Nothing was changed.`;
    case 'other-format':
      return $localize`:@@backupProblem.otherFormat:“${fileName}:file:” is another kind of Haven file, not a backup. Import it from the page it belongs to. Nothing was changed.`;
    case 'future-version':
      return $localize`:@@backupProblem.future:“${fileName}:file:” was made by a newer version of Haven (backup format ${problem.version}:version:). Update Haven, then restore it again. Nothing was changed.`;
    case 'unknown-questionnaire':
      return $localize`:@@backupProblem.unknownSet:“${fileName}:file:” holds an assessment with a questionnaire this version of Haven does not have (${problem.questionnaire}:questionnaire:): it was made by a newer Haven. Update Haven, then restore it again. Nothing was changed.`;
    case 'digest-mismatch':
      return $localize`:@@backupProblem.digest:“${fileName}:file:” has been changed or damaged since Haven made it: its content no longer matches its seal. Nothing was changed.`;
    case 'invalid':
      return $localize`:@@backupProblem.invalid:“${fileName}:file:” looks like a Haven backup but has been changed or damaged. ${invalidReasonMessage(problem.reason)}:why: Nothing was changed.`;
  }
}
