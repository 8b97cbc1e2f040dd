import { openAnswers } from './migrations';

describe('openAnswers', () => {
  it('opens answers to the version shipped now as they are', () => {
    const answers = { hasBar: 'yes' };
    expect(openAnswers('accommodation', '2.0.0', answers)).toEqual({
      set: jasmine.objectContaining({ id: 'accommodation', version: '2.0.0' }),
      answers,
      notCarried: [],
    });
  });

  it("knows no other program's questionnaire and no newer version", () => {
    expect(openAnswers('casino', '1.0.0', {})).toBeUndefined();
    expect(openAnswers('accommodation', '3.0.0', {})).toBeUndefined();
  });

  it('drops the questions 2.0.0 no longer asks and merges the two on children', () => {
    const opened = openAnswers('accommodation', '1.0.0', {
      size: '11-50',
      ctxChildrenWorking: 'no',
      ctxVulnerableChildren: 'yes',
      hourlyRental: 'no',
    })!;
    expect(opened.migratedFrom).toBe('1.0.0');
    expect(opened.answers).toEqual({ ctxChildrenWorking: 'yes', hourlyRental: 'no' });
    expect(opened.notCarried).toEqual([]);
  });

  it('keeps "no" on children only when both old questions said no', () => {
    const both = openAnswers('accommodation', '1.0.0', {
      ctxChildrenWorking: 'no',
      ctxVulnerableChildren: 'no',
    })!;
    expect(both.answers['ctxChildrenWorking']).toBe('no');
    const one = openAnswers('accommodation', '1.0.0', { ctxChildrenWorking: 'no' })!;
    expect(one.answers['ctxChildrenWorking']).toBeUndefined();
    expect(one.notCarried).toEqual(['ctxChildrenWorking']);
  });

  it('asks self check-in again: the question now asks about the ID check', () => {
    const opened = openAnswers('accommodation', '1.0.0', { selfCheckIn: 'no' })!;
    expect(opened.answers['selfCheckIn']).toBeUndefined();
    expect(opened.notCarried).toEqual(['selfCheckIn']);
  });

  it('splits the old double question on transfers, and asks again after a "yes"', () => {
    const no = openAnswers('tourism-services', '1.0.0', { nightTransfers: 'no' })!;
    expect(no.answers).toEqual({ nightTransfers: 'no', unaccompaniedChildren: 'no' });
    const yes = openAnswers('tourism-services', '1.0.0', { nightTransfers: 'yes' })!;
    expect(yes.answers).toEqual({});
    expect(yes.notCarried).toEqual(['nightTransfers']);
  });

  it('keeps one rating for both parts of a supplier safeguard that was split', () => {
    const opened = openAnswers('supplier-ground-transport', '1.0.0', { ctlTripRecords: '2' })!;
    expect(opened.answers).toEqual({ ctlTripRecords: '2', ctlDriverConduct: '2' });
  });

  it('does not carry a supplier\'s "no" on children to the wider question', () => {
    const opened = openAnswers('supplier-guides', '1.0.0', { ctxChildrenWorking: 'no' })!;
    expect(opened.answers).toEqual({});
    expect(opened.notCarried).toEqual(['ctxChildrenWorking']);
  });
});
