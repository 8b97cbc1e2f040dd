import { ExchangeProblem } from '../../../domain/suppliers/questionnaire-exchange';
import { invalidReasonMessage } from '../../../shared/i18n/file-problem-reasons';

/** Why a questionnaire file was refused, and what to do. Nothing changes when a file is refused. */
export function exchangeProblemMessage(fileName: string, problem: ExchangeProblem): string {
  switch (problem.code) {
    case 'too-large':
      return $localize`:@@exchange.tooLarge:“${fileName}:file:” is too large to be a questionnaire response. Nothing was imported.`;
    case 'not-json':
      return $localize`:@@exchange.notJson:“${fileName}:file:” is not a questionnaire response: it is not readable, or it was cut short. Nothing was imported.`;
    case 'wrong-kind':
      return problem.found === 'haven-questionnaire-request'
        ? $localize`:@@exchange.isRequest:“${fileName}:file:” is the request you send to the supplier, not its answers. Nothing was imported.`
        : $localize`:@@exchange.wrongKind:“${fileName}:file:” is not a questionnaire response from Haven. Nothing was imported.`;
    case 'future-version':
      return $localize`:@@exchange.future:“${fileName}:file:” was made by a newer version of Haven. Update Haven and import it again. Nothing was imported.`;
    case 'invalid':
      return $localize`:@@exchange.invalid:“${fileName}:file:” is damaged or was edited by hand. ${invalidReasonMessage(problem.reason)}:why: Ask the supplier to send it again. Nothing was imported.`;
    case 'unknown-questionnaire':
      return $localize`:@@exchange.unknownSet:“${fileName}:file:” uses a questionnaire this version of Haven does not have (${problem.questionnaire}:questionnaire:). Nothing was imported.`;
    case 'unknown-request':
      return $localize`:@@exchange.unknownRequest:“${fileName}:file:” answers a request this device never sent, or for a supplier no longer in the register. Nothing was imported.`;
    case 'other-version':
      return $localize`:@@exchange.otherVersion:“${fileName}:file:” answers questionnaire ${problem.found}:found:, but the request was for ${problem.expected}:expected:. Nothing was imported.`;
    case 'already-attached':
      return $localize`:@@exchange.alreadyAttached:These answers of ${problem.supplierName}:supplier: are already attached to the supplier. Nothing was imported.`;
    case 'altered':
      return $localize`:@@exchange.altered:“${fileName}:file:” was changed after the supplier saved it: its content no longer matches its seal. Ask the supplier to send it again. Nothing was imported.`;
  }
}
