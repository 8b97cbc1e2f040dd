import { sha256Hex } from '../../../core/sha256';
import { Assessment } from '../../../domain/assessment/assessment';
import { loadFileCode } from '../../../core/file-code';
import { REVIEW_RESPONSE_FORMAT } from '../../../domain/file-formats';
import { SubmissionActions } from './assessment.actions';

/** Whether a picked file is a review response rather than an assessment or a request. */
export function isReviewResponseText(text: string): boolean {
  return text.includes(`"${REVIEW_RESPONSE_FORMAT}"`);
}

/**
 * Attaches a review response to the submitted assessment it answers. Read as untrusted input:
 * schema, seal, and a submission that is on this device; otherwise nothing changes.
 */
export async function importReviewResponse(
  text: string,
  fileName: string,
  assessments: readonly (Assessment | undefined)[],
) {
  const { parseReviewResponseFile, reviewResponseDigestInput, reviewSupersedes } =
    await loadFileCode();
  const parsed = parseReviewResponseFile(text);
  if (!parsed.ok)
    return SubmissionActions.reviewImportFailed({ fileName, problem: parsed.problem });
  const { response, digest } = parsed.value;
  if (digest !== (await sha256Hex(reviewResponseDigestInput(response)))) {
    return SubmissionActions.reviewImportFailed({ fileName, problem: { code: 'altered' } });
  }
  const target = assessments.find((a) => a?.submission?.submissionId === response.submissionId);
  if (!target) {
    return SubmissionActions.reviewImportFailed({
      fileName,
      problem: { code: 'unknown-submission' },
    });
  }
  const supersedes = reviewSupersedes(target.review, response);
  if (!supersedes.ok) {
    return SubmissionActions.reviewImportFailed({ fileName, problem: supersedes.problem });
  }
  return SubmissionActions.reviewImported({ id: target.id, review: response });
}
