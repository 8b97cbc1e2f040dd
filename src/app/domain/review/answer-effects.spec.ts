import { ACCOMMODATION } from '../questionnaire/sets/accommodation';
import { scoreAssessment } from '../scoring/score-assessment';
import { WELL_CONTROLLED_HOTEL } from '../testing/sample-answers';
import { HOURLY_WITHOUT_ID } from './testing-submissions';
import { answerEffects } from './answer-effects';

describe('answerEffects', () => {
  const effects = answerEffects(scoreAssessment(ACCOMMODATION, HOURLY_WITHOUT_ID));
  const kinds = (question: string) => (effects.get(question) ?? []).map((e) => e.kind);

  it('says a context answer raised the context points', () => {
    expect(kinds('ctxChildrenWorking')).toContain('context');
  });

  it('says a control answer rated a control for the items it reduces', () => {
    const policy = effects.get('ctlPolicy')?.find((e) => e.kind === 'control');
    expect(policy?.kind === 'control' && policy.rating).toBe(1);
    expect(policy?.kind === 'control' && policy.items.length).toBeGreaterThan(0);
  });

  it('says which answers raised a red flag and which added exposure', () => {
    expect(kinds('hourlyIdAll')).toContain('red-flag');
    expect(kinds('hourlyRental')).toContain('exposure');
  });

  it('leaves out answers that drove nothing', () => {
    expect(effects.has('businessName')).toBeFalse();
    const calm = answerEffects(scoreAssessment(ACCOMMODATION, WELL_CONTROLLED_HOTEL));
    expect(calm.get('ctxChildrenWorking')).toBeUndefined();
  });
});
