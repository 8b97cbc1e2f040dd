import { ACCOMMODATION } from '../questionnaire/sets/accommodation';
import { TOURISM_SERVICES } from '../questionnaire/sets/tourism-services';
import { scoreAssessment } from '../scoring/score-assessment';
import { DEFAULT_PARAMETERS } from '../scoring/scoring-parameters';
import {
  ORPHANAGE_TOUR_OPERATOR,
  WELL_CONTROLLED_HOTEL,
  WORKED_EXAMPLE_HOTEL,
} from '../testing/sample-answers';
import { applyEffect, recommendActions } from './action-plan';

function actionsFor(set = ACCOMMODATION, answers: Record<string, string>) {
  return recommendActions(set, answers, scoreAssessment(set, answers), DEFAULT_PARAMETERS);
}

describe('recommendActions', () => {
  it('recommends nothing for a hotel with every safeguard checked', () => {
    expect(actionsFor(ACCOMMODATION, WELL_CONTROLLED_HOTEL)).toEqual([]);
  });

  it('recommends adopting a policy when there is none', () => {
    const ids = actionsFor(ACCOMMODATION, { ...WELL_CONTROLLED_HOTEL, ctlPolicy: '0' }).map(
      (a) => a.def.id,
    );
    expect(ids).toEqual(['adopt-policy']);
  });

  it('recommends briefing staff when the policy is written down only', () => {
    const ids = actionsFor(ACCOMMODATION, WORKED_EXAMPLE_HOTEL).map((a) => a.def.id);
    expect(ids).toContain('brief-policy');
    expect(ids).not.toContain('adopt-policy');
  });

  it('shows the band an item would reach once the action is done', () => {
    const answers = { ...WORKED_EXAMPLE_HOTEL, hourlyIdAll: 'no' };
    const stop = actionsFor(ACCOMMODATION, answers).find(
      (a) => a.def.id === 'stop-hourly-rentals',
    )!;
    expect(stop.outcomes[0]).toEqual({ itemId: 'room-access', before: 'very-high', after: 'low' });
    expect(stop.overallBefore).toBe('very-high');
  });

  it('says an item no longer applies when the action drops the risky product', () => {
    const remove = actionsFor(TOURISM_SERVICES, ORPHANAGE_TOUR_OPERATOR).find(
      (a) => a.def.id === 'remove-orphanage-visits',
    )!;
    expect(remove.outcomes).toEqual([
      { itemId: 'orphanage-tourism', before: 'very-high', after: null },
    ]);
    expect(remove.overallAfter).toBe('low');
  });

  it('puts immediate actions before high and medium ones', () => {
    const answers = { ...ORPHANAGE_TOUR_OPERATOR, ctlTravellerInfo: '0', ctlClause: '0' };
    const priorities = actionsFor(TOURISM_SERVICES, answers).map((a) => a.def.priority);
    expect(priorities).toEqual(['immediate', 'high', 'medium']);
  });
});

describe('applyEffect', () => {
  it('raises a control to the target level', () => {
    expect(applyEffect(ACCOMMODATION, { ctlPolicy: '1' }, { ctlPolicy: '2' })).toEqual({
      ctlPolicy: '2',
    });
  });

  it('never lowers a control that is already higher', () => {
    expect(applyEffect(ACCOMMODATION, { ctlPolicy: '3' }, { ctlPolicy: '2' })).toEqual({
      ctlPolicy: '3',
    });
  });

  it('replaces "Don\'t know" on a control', () => {
    expect(applyEffect(ACCOMMODATION, { ctlPolicy: 'unknown' }, { ctlPolicy: '2' })).toEqual({
      ctlPolicy: '2',
    });
  });

  it('sets a practice question to the new answer', () => {
    expect(applyEffect(ACCOMMODATION, { hourlyRental: 'yes' }, { hourlyRental: 'no' })).toEqual({
      hourlyRental: 'no',
    });
  });
});
