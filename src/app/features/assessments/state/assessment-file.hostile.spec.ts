import { FileProblem, parseAssessmentFile } from '../../../domain/assessment/assessment-file';
import { describeHostileImport } from '../../hostile-import.spec-kit';
import { fileProblemMessage } from './file-problem-message';

/** The problem's own code, under the generic names of hostile-files.ts. */
function codeOf(problem: FileProblem): string {
  if (problem.code === 'invalid') return problem.reason.code;
  return problem.code === 'not-haven' ? 'other-format' : problem.code;
}

describeHostileImport({
  kind: 'assessment',
  fixture: 'assessment-v1.haven.json',
  freeText: ['assessment', 'answers', 'businessName'],
  open: (text) => {
    const parsed = parseAssessmentFile(text);
    return parsed.ok
      ? { accepted: true, value: parsed.assessment }
      : {
          accepted: false,
          code: codeOf(parsed.problem),
          message: fileProblemMessage('harbour-view-hotel.haven.json', parsed.problem),
        };
  },
  moreLinearTexts: [
    [
      '1,000 lists of 1,000',
      `{"format":"haven-assessment","formatVersion":1,"x":[${Array(1_000).fill(`[${Array(1_000).fill(0)}]`)}]}`,
    ],
  ],
});
