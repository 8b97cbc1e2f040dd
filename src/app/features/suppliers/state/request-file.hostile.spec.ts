import {
  ExchangeProblem,
  parseRequestFile,
} from '../../../domain/suppliers/questionnaire-exchange';
import { describeHostileImport } from '../../hostile-import.spec-kit';
import { exchangeProblemMessage } from './exchange-problem-message';

/** The problem's own code, under the generic names of hostile-files.ts. */
function codeOf(problem: ExchangeProblem): string {
  if (problem.code === 'invalid') return problem.reason.code;
  return problem.code === 'wrong-kind' ? 'other-format' : problem.code;
}

describeHostileImport({
  kind: 'questionnaire request',
  fixture: 'request-v1.json',
  freeText: ['supplier', 'name'],
  open: (text) => {
    const parsed = parseRequestFile(text);
    return parsed.ok
      ? { accepted: true, value: parsed.value }
      : {
          accepted: false,
          code: codeOf(parsed.problem),
          message: exchangeProblemMessage('sunrise-tours-request.json', parsed.problem),
        };
  },
});
