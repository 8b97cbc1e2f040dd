import { ACCOMMODATION } from '../questionnaire/sets/accommodation';
import { scoreAssessment } from '../scoring/score-assessment';
import { DEFAULT_PARAMETERS } from '../scoring/scoring-parameters';
import { WELL_CONTROLLED_HOTEL } from '../testing/sample-answers';
import { buildPlan } from './action-plan-overview';

function planFor(answers: Record<string, string>) {
  return buildPlan(
    ACCOMMODATION,
    answers,
    scoreAssessment(ACCOMMODATION, answers),
    DEFAULT_PARAMETERS,
  );
}

describe('buildPlan', () => {
  it('never says "no gap" for an assessment with no answers, and asks for the answers first', () => {
    const plan = planFor({});
    expect(plan.hasNoGap).toBeFalse();
    expect(plan.openQuestions.length).toBeGreaterThan(30);
    expect(plan.openQuestions[0]).toBe('businessName');
  });

  it('never says "no gap" when the safeguards section is skipped', () => {
    const answers = Object.fromEntries(
      Object.entries(WELL_CONTROLLED_HOTEL).filter(([id]) => !id.startsWith('ctl')),
    );
    const plan = planFor(answers);
    expect(plan.hasNoGap).toBeFalse();
    expect(plan.openQuestions).toContain('ctlPolicy');
  });

  it('says "no gap" only for a complete assessment with every risk Low', () => {
    expect(planFor(WELL_CONTROLLED_HOTEL).hasNoGap).toBeTrue();
  });

  it('lists as remaining a risk that safeguards cannot lower further', () => {
    // A bar open to the public in a place with a known hotspot, every safeguard checked.
    const answers = { ...WELL_CONTROLLED_HOTEL, ctxHotspot: 'yes', entertainmentStaff: 'yes' };
    const plan = planFor(answers);
    expect(plan.actions).toEqual([]);
    expect(plan.remaining.map((item) => item.itemId)).toContain('public-areas');
    expect(plan.hasNoGap).toBeFalse();
    expect(plan.hasOnlyRemainingRisk).toBeTrue();
  });

  it('says only risk remains neither while a question is open nor while an action is left', () => {
    expect(planFor({}).hasOnlyRemainingRisk).toBeFalse();
    expect(planFor(WELL_CONTROLLED_HOTEL).hasOnlyRemainingRisk).toBeFalse();
    const withAction = { ...WELL_CONTROLLED_HOTEL, ctxHotspot: 'yes', openToPublic: 'yes' };
    expect(planFor(withAction).hasOnlyRemainingRisk).toBeFalse();
  });

  it('does not list as remaining a risk that an action works on', () => {
    const answers = { ...WELL_CONTROLLED_HOTEL, ctxHotspot: 'yes', openToPublic: 'yes' };
    const plan = planFor(answers);
    expect(plan.actions.map((a) => a.def.id)).toContain('public-access');
    expect(plan.remaining.map((item) => item.itemId)).not.toContain('public-areas');
  });
});
