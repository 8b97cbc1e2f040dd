import { createHash } from 'node:crypto';

import { ACCOMMODATION } from '../../src/app/domain/questionnaire/sets/accommodation';
import { TOURISM_SERVICES } from '../../src/app/domain/questionnaire/sets/tourism-services';
import {
  buildSubmission,
  submissionDigestInput,
  submissionFileText,
} from '../../src/app/domain/review/submission';
import { scoreAssessment } from '../../src/app/domain/scoring/score-assessment';
import { completeAnswers } from './answers';
import { seededRandom, seededUuid } from './random';

export interface SubmissionFile {
  readonly name: string;
  readonly mimeType: string;
  readonly buffer: Buffer;
}

const TOWNS = [
  ['Kenya', 'Mombasa'],
  ['Benin', 'Ouidah'],
  ['Viet Nam', 'Hoi An'],
  ['Cambodia', 'Siem Reap'],
  ['Thailand', 'Chiang Mai'],
  ['Senegal', 'Saly'],
] as const;

/**
 * `count` submission files as many businesses' Havens would have written them: half hotels, half
 * tour operators, complete answers, each sealed with the SHA-256 of its canonical form, so the
 * review queue admits every one of them (none is refused or flagged).
 */
export function submissionFiles(count: number, seed = 12): SubmissionFile[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const set = i % 2 ? TOURISM_SERVICES : ACCOMMODATION;
    const [country, locality] = random.pick(TOWNS);
    const name = `${set === ACCOMMODATION ? 'Hotel' : 'Tours'} ${locality} ${i + 1}`;
    const answers = completeAnswers(
      set,
      { businessName: name, country, locality, assessedBy: 'General manager' },
      random,
      random.pick([0.02, 0.05, 0.1, 0.2]),
    );
    const submission = buildSubmission({
      set,
      answers,
      plan: {},
      score: scoreAssessment(set, answers),
      submissionId: seededUuid(random),
      businessId: seededUuid(random),
      submittedAt: new Date(Date.parse('2026-10-01T08:00:00.000Z') + i * 3_600_000).toISOString(),
    });
    const digest = createHash('sha256').update(submissionDigestInput(submission)).digest('hex');
    return {
      name: `submission-${String(i + 1).padStart(3, '0')}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(submissionFileText(submission, digest)),
    };
  });
}
