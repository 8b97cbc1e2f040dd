import { ACCOMMODATION } from '../questionnaire/sets/accommodation';
import { WELL_CONTROLLED_HOTEL } from '../testing/sample-answers';
import { compareYears } from './year-over-year';
import { HOURLY_WITHOUT_ID, sampleSubmission } from './testing-submissions';

describe('compareYears', () => {
  const lastYear = sampleSubmission(HOURLY_WITHOUT_ID, {
    submittedAt: '2025-11-01T10:00:00.000Z',
    plan: { 'adopt-policy': { owner: 'GM', due: '', status: 'in-progress', note: '' } },
  });
  const thisYear = sampleSubmission(WELL_CONTROLLED_HOTEL, {
    plan: {
      'adopt-policy': { owner: 'GM', due: '', status: 'done', note: '' },
      'train-front-line': { owner: 'HR', due: '', status: 'not-started', note: '' },
    },
  });
  const diff = compareYears(lastYear, thisYear);

  it('lists the answers that changed, and only those', () => {
    const byQuestion = Object.fromEntries(
      diff.answers.map((a) => [a.question, [a.before, a.after]]),
    );
    expect(byQuestion['hourlyRental']).toEqual(['yes', 'no']);
    expect(byQuestion['hourlyIdAll']).toEqual(['no', null]);
    expect(byQuestion['ctlPolicy']).toEqual(['1', WELL_CONTROLLED_HOTEL['ctlPolicy']]);
    expect(byQuestion['businessName']).toBeUndefined();
  });

  it('shows the overall band and the item bands that moved', () => {
    expect(diff.overall).toEqual({ before: 'very-high', after: thisYear.result.overallBand });
    expect(diff.overall.after).not.toBe('very-high');
    expect(diff.items.length).toBeGreaterThan(0);
    for (const change of diff.items) expect(change.before).not.toBe(change.after);
    expect(ACCOMMODATION.riskItems.map((i) => i.id)).toEqual(
      jasmine.arrayContaining(diff.items.map((i) => i.item)),
    );
  });

  it('lists the actions done since the earlier submission', () => {
    expect(diff.actionsDone).toEqual(['adopt-policy']);
  });
});
