import { formatDate } from '@angular/common';

import { ReviewResponseProblem } from '../../../domain/review/review-response';
import { SubmissionProblem } from '../../../domain/review/submission-file';
import { ACTIVE_LOCALE } from '../../../shared/i18n/active-locale';
import { untrustedProblemMessage } from '../../../shared/i18n/file-problem-reasons';

/** Why a file of an import was not added: refused as a submission, or not stored on the device. */
export function importOutcomeMessage(
  outcome: { problem: SubmissionProblem } | { storeError: string },
): string {
  return 'problem' in outcome
    ? submissionProblemMessage(outcome.problem)
    : $localize`:@@reviewQueue.notStored:This device could not store it (${outcome.storeError}:reason:), so nothing was added. Free some space, then import it again.`;
}

/** Why a submission file was refused. Every refusal leaves what the reviewer holds unchanged. */
export function submissionProblemMessage(problem: SubmissionProblem): string {
  switch (problem.code) {
    case 'not-submission':
      return problem.found === 'haven-assessment'
        ? $localize`:@@submission.isAssessment:This is an assessment exported for backup, not a submission. Ask the business to use “Submit for review”.`
        : $localize`:@@submission.notSubmission:This is not a Haven submission package.`;
    case 'future-version':
      return $localize`:@@submission.future:Made by a newer version of Haven (package version ${problem.version}:version:). Update Haven and import it again.`;
    case 'wrong-version':
      return $localize`:@@submission.wrongVersion:Its package version is not one Haven has ever written: the file was edited or is damaged.`;
    case 'unknown-questionnaire':
      return $localize`:@@submission.unknownSet:It answers a questionnaire this version of Haven does not have (${problem.questionnaire}:questionnaire:).`;
    case 'invalid-answer':
      return $localize`:@@submission.invalidAnswer:The answer to question “${problem.question}:question:” is not one that question can take: the file was edited.`;
    case 'unknown-action':
      return $localize`:@@submission.unknownAction:Its action plan names an action the questionnaire does not have (“${problem.action}:action:”): the file was edited.`;
    case 'altered':
      return $localize`:@@submission.altered:Its content was changed after Haven sealed it: it no longer matches its SHA-256 digest. Ask the business to submit again.`;
    case 'duplicate':
      return $localize`:@@submission.duplicate:Already received (${problem.businessName}:business:). Nothing was added.`;
    default:
      return untrustedProblemMessage(problem);
  }
}

export function reviewResponseProblemMessage(
  fileName: string,
  problem: ReviewResponseProblem,
): string {
  const why = (() => {
    switch (problem.code) {
      case 'not-review-response':
        return $localize`:@@reviewResponse.notResponse:it is not a review response from Haven.`;
      case 'future-version':
        return $localize`:@@reviewResponse.future:it was made by a newer version of Haven; update Haven and import it again.`;
      case 'wrong-version':
        return $localize`:@@reviewResponse.wrongVersion:its version is not one Haven has written; the file was edited or is damaged.`;
      case 'altered':
        return $localize`:@@reviewResponse.altered:its content was changed after the reviewer saved it; ask for it again.`;
      case 'unknown-submission':
        return $localize`:@@reviewResponse.unknownSubmission:it answers a submission that is not on this device.`;
      case 'already-attached':
        return $localize`:@@reviewResponse.alreadyAttached:this review is already attached to the submission.`;
      case 'older':
        return $localize`:@@reviewResponse.older:it is older (${shortDate(problem.reviewedAt)}:reviewed:) than the review already attached (${shortDate(problem.attachedAt)}:attached:), which stays.`;
      default:
        return untrustedProblemMessage(problem);
    }
  })();
  return $localize`:@@reviewResponse.refused:“${fileName}:file:” was not imported: ${why}:why: Nothing changed.`;
}

/** A review's date and time as the user's language writes them. */
function shortDate(iso: string): string {
  return formatDate(iso, 'medium', ACTIVE_LOCALE);
}
