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
    expect(stop.outcomes[0]).toEqual({
      itemId: 'room-access',
      before: { score: 25, band: 'very-high' },
      after: { score: 5, band: 'low' },
    });
    expect(stop.overallBefore).toBe('very-high');
  });

  it('says an item no longer applies when the action drops the risky product', () => {
    const remove = actionsFor(TOURISM_SERVICES, ORPHANAGE_TOUR_OPERATOR).find(
      (a) => a.def.id === 'remove-orphanage-visits',
    )!;
    expect(remove.outcomes).toEqual([
      { itemId: 'orphanage-tourism', before: { score: 25, band: 'very-high' }, after: null },
    ]);
    expect(remove.overallAfter).toBe('low');
  });

  it('puts the action that clears a red flag before others of its priority', () => {
    const answers = {
      ...WELL_CONTROLLED_HOTEL,
      hourlyRental: 'yes',
      hourlyIdAll: 'no',
      blindSpots: 'unknown',
    };
    const actions = actionsFor(ACCOMMODATION, answers);
    expect(actions.map((a) => a.def.id).slice(0, 2)).toEqual(['stop-hourly-rentals', 'find-out']);
    expect(actions[0].clearsRedFlags).toEqual(['hourly-without-id']);
  });

  it('puts immediate actions before high and medium ones', () => {
    const answers = { ...ORPHANAGE_TOUR_OPERATOR, ctlTravellerInfo: '0', ctlClause: '0' };
    const priorities = actionsFor(TOURISM_SERVICES, answers).map((a) => a.def.priority);
    expect(priorities).toEqual(['immediate', 'high', 'medium']);
  });
});

describe('recommendActions: actions about several answers', () => {
  it('asks to find out every "Don\'t know", lists them, and shows no what-if', () => {
    const answers = { ...WELL_CONTROLLED_HOTEL, blindSpots: 'unknown', ctlVisitorLog: 'unknown' };
    const findOut = actionsFor(ACCOMMODATION, answers).find((a) => a.def.id === 'find-out')!;
    expect(findOut.targets).toEqual(['blindSpots', 'ctlVisitorLog']);
    expect(findOut.hasWhatIf).toBeFalse();
    expect(findOut.outcomes).toEqual([]);
    expect(findOut.addresses).toContain('room-access');
  });

  it('asks to check the safeguards in use, and raises only those to "checked"', () => {
    const answers = { ...WELL_CONTROLLED_HOTEL, ctlVisitorLog: '2', ctlTraining: '2' };
    const check = actionsFor(ACCOMMODATION, answers).find((a) => a.def.id === 'check-safeguards')!;
    expect(check.targets).toEqual(['ctlTraining', 'ctlVisitorLog']);
    const def = ACCOMMODATION.actions.find((a) => a.id === 'check-safeguards')!;
    const after = applyEffect(ACCOMMODATION, { ...answers, ctlPolicy: '1' }, def.effect, def.scope);
    expect([after['ctlVisitorLog'], after['ctlTraining'], after['ctlPolicy']]).toEqual([
      '3',
      '3',
      '1',
    ]);
  });

  it('says what changes when the score moves but the band does not', () => {
    // Likelihood 5 with safeguards in use but none checked: one level off, 20, Very high.
    const answers = {
      ...WORKED_EXAMPLE_HOTEL,
      ctlPolicy: '2',
      ctlTraining: '2',
      ctlMinorCheckIn: '2',
      ctlVisitorLog: '2',
    };
    const check = actionsFor(ACCOMMODATION, answers).find((a) => a.def.id === 'check-safeguards')!;
    expect(check.outcomes.find((o) => o.itemId === 'room-access')).toEqual({
      itemId: 'room-access',
      before: { score: 20, band: 'very-high' },
      after: { score: 15, band: 'high' },
    });
  });

  it('counts an action as addressing an item whose safeguard it raises, even with no change in score', () => {
    // Four safeguards at 1: raising one to 2 alone leaves the average below 2.
    const answers = {
      ...WORKED_EXAMPLE_HOTEL,
      ctlPolicy: '1',
      ctlTraining: '1',
      ctlMinorCheckIn: '1',
      ctlVisitorLog: '1',
    };
    const brief = actionsFor(ACCOMMODATION, answers).find((a) => a.def.id === 'brief-policy')!;
    expect(brief.outcomes.some((o) => o.itemId === 'room-access')).toBeFalse();
    expect(brief.addresses).toContain('room-access');
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
