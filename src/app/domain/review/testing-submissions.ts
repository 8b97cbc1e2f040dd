import { ACCOMMODATION } from '../questionnaire/sets/accommodation';
import { TOURISM_SERVICES } from '../questionnaire/sets/tourism-services';
import { scoreAssessment } from '../scoring/score-assessment';
import {
  ORPHANAGE_TOUR_OPERATOR,
  WELL_CONTROLLED_HOTEL,
  WORKED_EXAMPLE_HOTEL,
} from '../testing/sample-answers';
import { Answers } from '../questionnaire/answers';
import { QuestionSet } from '../questionnaire/question-set';
import {
  buildSubmission,
  Submission,
  submissionDigestInput,
  submissionFileText,
} from './submission';

/** A submission as Haven would build it, for specs. */
export function sampleSubmission(
  answers: Answers = WELL_CONTROLLED_HOTEL,
  patch: Partial<Submission> = {},
  set: QuestionSet = ACCOMMODATION,
): Submission {
  return {
    ...buildSubmission({
      set,
      answers,
      plan: { 'adopt-policy': { owner: 'GM', due: '2027-01-31', status: 'in-progress', note: '' } },
      score: scoreAssessment(set, answers),
      submissionId: 'sub-1',
      businessId: 'biz-1',
      submittedAt: '2026-11-01T10:00:00.000Z',
    }),
    ...patch,
  };
}

/** The worked example's hotel, but not identifying everyone in rooms let by the hour: a red flag. */
export const HOURLY_WITHOUT_ID = { ...WORKED_EXAMPLE_HOTEL, hourlyIdAll: 'no' };

export const SAMPLES = {
  wellControlled: () =>
    sampleSubmission(WELL_CONTROLLED_HOTEL, { submissionId: 'sub-ok', businessId: 'biz-ok' }),
  hourlyWithoutId: () =>
    sampleSubmission(HOURLY_WITHOUT_ID, { submissionId: 'sub-we', businessId: 'biz-we' }),
  orphanage: () =>
    sampleSubmission(
      ORPHANAGE_TOUR_OPERATOR,
      { submissionId: 'sub-or', businessId: 'biz-or' },
      TOURISM_SERVICES,
    ),
};

/** SHA-256 hex, as the app's core/sha256 does; specs seal files with it. */
export async function digestOf(text: string): Promise<string> {
  const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function sealedText(submission: Submission): Promise<string> {
  return submissionFileText(submission, await digestOf(submissionDigestInput(submission)));
}
