import { InvalidReason, UntrustedProblem } from '../../domain/untrusted-data';

// Why an imported file was refused, one sentence each, shared by every import path so the same
// problem reads the same whichever file it was found in.

export function untrustedProblemMessage(problem: UntrustedProblem): string {
  switch (problem.code) {
    case 'too-large':
      return $localize`:@@untrusted.tooLarge:Larger than 5 MB: too large to be a Haven file.`;
    case 'not-json':
      return $localize`:@@untrusted.notJson:Not readable as a Haven file: it is not JSON, or it was cut short.`;
    case 'reserved-key':
      return $localize`:@@untrusted.reservedKey:It contains the field name “${problem.key}:key:”, which Haven never writes and refuses for safety.`;
    case 'markup':
      return $localize`:@@untrusted.markup:The field “${problem.field}:field:” contains HTML or script, which Haven never writes.`;
    case 'too-many':
      return $localize`:@@untrusted.tooMany:The field “${problem.field}:field:” has ${problem.count}:count: entries, far more than any Haven file.`;
    case 'too-deep':
      return $localize`:@@untrusted.tooDeep:It is nested far deeper than any Haven file.`;
    case 'missing-field':
      return $localize`:@@untrusted.missing:The field “${problem.field}:field:” is missing.`;
    case 'extra-field':
      return $localize`:@@untrusted.extra:It has a field Haven does not write: “${problem.field}:field:”.`;
    case 'wrong-type':
      return $localize`:@@untrusted.wrongType:The field “${problem.field}:field:” is not what Haven writes there (expected ${problem.expected}:expected:).`;
  }
}

/** Why a file that claims to be Haven's was refused, as a sentence. */
export function invalidReasonMessage(reason: InvalidReason): string {
  switch (reason.code) {
    case 'bad-version':
      return $localize`:@@invalidReason.badVersion:Its format version is not one Haven has written.`;
    case 'unknown-question':
      return $localize`:@@invalidReason.unknownQuestion:It answers a question its questionnaire does not have (“${reason.question}:question:”).`;
    case 'not-an-option':
      return $localize`:@@invalidReason.notAnOption:The answer to question “${reason.question}:question:” is not one that question can take.`;
    case 'unknown-action':
      return $localize`:@@invalidReason.unknownAction:Its action plan names an action the questionnaire does not have (“${reason.action}:action:”).`;
    default:
      return untrustedProblemMessage(reason);
  }
}
