import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { Answers } from '../../src/app/domain/questionnaire/answers';
import { QuestionSet } from '../../src/app/domain/questionnaire/question-set';
import {
  buildSubmission,
  Submission,
  submissionDigestInput,
  submissionFileText,
} from '../../src/app/domain/review/submission';
import { scoreAssessment } from '../../src/app/domain/scoring/score-assessment';

/** The question the worked-example hotel answers "No", raising the hourly-rooms red flag. */
export const HOURLY_QUESTION =
  'For those rentals, do you record the identity of every person who goes to the room?';

/** A submission as another business's Haven would have written it, for the reviewer to import. */
export function submissionOf(
  set: QuestionSet,
  answers: Answers,
  ids: { submissionId: string; businessId: string; submittedAt: string },
  plan: Submission['plan'] = {},
): Submission {
  return buildSubmission({ set, answers, plan, score: scoreAssessment(set, answers), ...ids });
}

/** Seals a submission with the SHA-256 of its canonical form and writes it to a file. */
export function writeSubmission(dir: string, name: string, submission: Submission): string {
  const digest = createHash('sha256').update(submissionDigestInput(submission)).digest('hex');
  const path = join(dir, name);
  writeFileSync(path, submissionFileText(submission, digest));
  return path;
}
