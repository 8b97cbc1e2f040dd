import { inEnglish } from '../locale-text';
import { ACCOMMODATION } from '../questionnaire/sets/accommodation';
import { SUPPLIER_SETS } from '../questionnaire/sets/supplier-sets';
import { scoreAssessment } from '../scoring/score-assessment';
import { WELL_CONTROLLED_HOTEL } from '../testing/sample-answers';
import { readTagged, TAGGED_PHRASES } from '../testing/tagged-phrases';
import { explainItem } from './explain-item';

function reasons(answers: Record<string, string>, itemId = 'room-access', set = ACCOMMODATION) {
  const score = scoreAssessment(set, answers);
  const item = score.items.find((i) => i.itemId === itemId)!;
  return explainItem(item, score.context, set, TAGGED_PHRASES, inEnglish).map(readTagged);
}

describe('explainItem', () => {
  it('states a known hotspot as a fact only when the answer is "yes"', () => {
    const hotspot = (value?: string) => {
      const answers: Record<string, string> = { ...WELL_CONTROLLED_HOTEL };
      if (value) answers['ctxHotspot'] = value;
      else delete answers['ctxHotspot'];
      return reasons(answers).find((r) => r.kind === 'context')!['hotspot'];
    };
    expect(hotspot('yes')).toBe('answered');
    expect(hotspot('unknown')).toBe('unverified');
    expect(hotspot(undefined)).toBe('unanswered');
    expect(hotspot('no')).toBeNull();
  });

  it('counts destination factors out of those the questionnaire asks: 3 for a supplier', () => {
    const set = SUPPLIER_SETS.guides;
    const context = reasons({}, 'guides-exploitation', set).find((r) => r.kind === 'context')!;
    expect(context['total']).toBe(3);
    expect(context['unanswered']).toBe(3);
  });

  it('says the likelihood is already at its lowest instead of "lowered by 2"', () => {
    const lines = reasons(WELL_CONTROLLED_HOTEL);
    expect(lines.find((r) => r.kind === 'reduction')).toBeUndefined();
    expect(lines.find((r) => r.kind === 'noReduction')!['why']).toBe('already-lowest');
  });

  it('gives the fall after clamping at 1: one level from 2', () => {
    const lines = reasons({ ...WELL_CONTROLLED_HOTEL, blindSpots: 'yes' });
    expect(lines.find((r) => r.kind === 'reduction')).toEqual(
      jasmine.objectContaining({ levels: 1, from: 2, to: 1, isLimited: false }),
    );
  });

  it('names the red flag that raised the residual to Very high, and lowers nothing', () => {
    const lines = reasons({ ...WELL_CONTROLLED_HOTEL, minorsUnrelatedAdults: 'yes' });
    expect(lines.find((r) => r.kind === 'noReduction')!['why']).toBe('red-flag');
    expect(lines.at(-1)).toEqual(
      jasmine.objectContaining({
        kind: 'residualRaised',
        flags: 'Children let into rooms with unrelated adults without any check',
        score: 25,
      }),
    );
  });
});
