import {
  parseReviewResponseFile,
  ReviewResponseProblem,
} from '../../../domain/review/review-response';
import { describeHostileImport } from '../../hostile-import.spec-kit';
import { reviewResponseProblemMessage } from './submission-problem-message';

/** The problem's own code, under the generic names of hostile-files.ts. */
function codeOf(problem: ReviewResponseProblem): string {
  if (problem.code === 'not-review-response') return 'other-format';
  return problem.code === 'wrong-version' ? 'bad-version' : problem.code;
}

describeHostileImport({
  kind: 'review response',
  fixture: 'review-response-v1.json',
  freeText: ['note'],
  open: (text) => {
    const parsed = parseReviewResponseFile(text);
    return parsed.ok
      ? { accepted: true, value: parsed.value }
      : {
          accepted: false,
          code: codeOf(parsed.problem),
          message: reviewResponseProblemMessage('harbour-view-hotel-review.json', parsed.problem),
        };
  },
});
