import { ACCOMMODATION } from '../questionnaire/sets/accommodation';
import { scoreAssessment } from '../scoring/score-assessment';
import { WORKED_EXAMPLE_HOTEL } from '../testing/sample-answers';
import { buildSubmission, submissionDigestInput } from './submission';
import { sampleSubmission } from './testing-submissions';

describe('buildSubmission', () => {
  const answers = { ...WORKED_EXAMPLE_HOTEL, hourlyRental: 'no' };
  const submission = buildSubmission({
    set: ACCOMMODATION,
    answers,
    plan: {
      'adopt-policy': { owner: 'GM', due: '', status: 'done', note: '' },
      'no-such-action': { owner: '', due: '', status: 'done', note: '' },
    },
    score: scoreAssessment(ACCOMMODATION, answers),
    submissionId: 's1',
    businessId: 'b1',
    submittedAt: '2026-11-01T10:00:00.000Z',
  });

  it('takes the profile from the profile questions', () => {
    expect(submission.profile).toEqual({
      name: 'Harbour View Hotel',
      country: 'Kenya',
      locality: 'Mombasa',
    });
  });

  it('leaves out answers to questions that are hidden, and plan entries for unknown actions', () => {
    // hourlyIdAll is only asked when rooms are let by the hour.
    expect(submission.answers['hourlyIdAll']).toBeUndefined();
    expect(submission.answers['hourlyRental']).toBe('no');
    expect(Object.keys(submission.plan)).toEqual(['adopt-policy']);
  });

  it('records the result the business saw', () => {
    const score = scoreAssessment(ACCOMMODATION, answers);
    expect(submission.result.overallBand).toBe(score.overall.band);
    expect(submission.result.items.length).toBe(score.items.length);
    expect(submission.result.redFlags).toEqual([]);
  });
});

describe('submissionDigestInput', () => {
  it('is the same whatever order the content was built in, and changes with any answer', () => {
    const a = sampleSubmission();
    const reordered = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(a).reverse())));
    expect(submissionDigestInput(reordered)).toBe(submissionDigestInput(a));
    const edited = { ...a, answers: { ...a.answers, hasBar: 'no' } };
    expect(submissionDigestInput(edited)).not.toBe(submissionDigestInput(a));
  });
});
