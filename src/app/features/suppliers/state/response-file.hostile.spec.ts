import {
  ExchangeProblem,
  parseResponseFile,
} from '../../../domain/suppliers/questionnaire-exchange';
import { describeHostileImport } from '../../hostile-import.spec-kit';
import { exchangeProblemMessage } from './exchange-problem-message';

/** The problem's own code, under the generic names of hostile-files.ts. */
function codeOf(problem: ExchangeProblem): string {
  if (problem.code === 'invalid') return problem.reason.code;
  return problem.code === 'wrong-kind' ? 'other-format' : problem.code;
}

describeHostileImport({
  kind: 'questionnaire response',
  fixture: 'response-v1.json',
  freeText: ['answers', 'businessName'],
  open: (text) => {
    const parsed = parseResponseFile(text);
    return parsed.ok
      ? { accepted: true, value: parsed.value }
      : {
          accepted: false,
          code: codeOf(parsed.problem),
          message: exchangeProblemMessage('lagoon-guesthouse-response.json', parsed.problem),
        };
  },
});
