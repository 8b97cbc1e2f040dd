import { PHRASES } from './phrases';
import { plural } from './plural';

describe('PHRASES', () => {
  it('never states a hotspot that was answered "Don\'t know" or not at all', () => {
    const context = { points: 2, counted: 1, total: 6, unverified: 1, unanswered: 0 };
    expect(PHRASES.context({ ...context, hotspot: 'answered' })).toContain(
      'a known place of exploitation nearby',
    );
    for (const hotspot of ['unverified', 'unanswered'] as const) {
      const sentence = PHRASES.context({ ...context, hotspot });
      expect(sentence).not.toContain('Destination: a known place');
      expect(sentence).toContain('counts as if there were one');
    }
  });

  it('counts context factors out of the number asked', () => {
    const sentence = PHRASES.context({
      points: 1,
      counted: 2,
      total: 3,
      unverified: 0,
      unanswered: 0,
      hotspot: null,
    });
    expect(sentence).toContain('2 of 3 context factors');
  });

  it('gives the fall in likelihood as it happened, in the right number', () => {
    expect(PHRASES.reduction(2.3, 1, 2, 1, false)).toContain('lowered by 1 level, from 2 to 1');
    expect(PHRASES.reduction(2.3, 2, 5, 3, false)).toContain('lowered by 2 levels, from 5 to 3');
    expect(PHRASES.noReduction(2.3, 'already-lowest')).toContain('already at its lowest');
  });

  it('says what an action changes when the band stays', () => {
    expect(
      PHRASES.outcome('Rooms', { score: 25, band: 'very-high' }, { score: 20, band: 'very-high' }),
    ).toBe('Rooms: score 25 to 20, still Very high');
    expect(PHRASES.outcome('Rooms', { score: 15, band: 'high' }, { score: 5, band: 'low' })).toBe(
      'Rooms: from High to Low (score 15 to 5)',
    );
  });

  it('names the red flag that raised a residual to Very high', () => {
    expect(PHRASES.residualRaised('Orphanage visits', 5, 5, 25)).toBe(
      'Residual risk: raised to Very high by red flag: Orphanage visits. Likelihood 5 × severity 5 = 25.',
    );
  });
});

describe('plural', () => {
  it('uses the language rules: English says "1 question" and "0 questions"', () => {
    const forms = { one: 'one', other: 'other' };
    expect(plural(1, forms)).toBe('one');
    expect(plural(0, forms)).toBe('other');
    expect(plural(2, forms)).toBe('other');
  });
});
