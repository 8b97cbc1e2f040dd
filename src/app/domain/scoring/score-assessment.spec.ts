import { ACCOMMODATION } from '../questionnaire/sets/accommodation';
import { TOURISM_SERVICES } from '../questionnaire/sets/tourism-services';
import {
  ORPHANAGE_TOUR_OPERATOR,
  WELL_CONTROLLED_HOTEL,
  WORKED_EXAMPLE_HOTEL,
} from '../testing/sample-answers';
import { ItemScore } from './assessment-score';
import { scoreAssessment } from './score-assessment';
import { DEFAULT_PARAMETERS } from './scoring-parameters';

function item(answers: Record<string, string>, id: string): ItemScore {
  const found = scoreAssessment(ACCOMMODATION, answers).items.find((i) => i.itemId === id);
  if (!found) throw new Error(`item ${id} not scored`);
  return found;
}

describe('scoreAssessment: the worked example of brief §9', () => {
  const roomAccess = () => item(WORKED_EXAMPLE_HOTEL, 'room-access');

  it('gives likelihood 5 from 2 context points and 2 exposure points', () => {
    expect(roomAccess().contextPoints).toBe(2);
    expect(roomAccess().exposurePoints).toBe(2);
    expect(roomAccess().inherent.likelihood).toBe(5);
  });

  it('rates the inherent risk 25, Very high', () => {
    expect(roomAccess().inherent).toEqual({ likelihood: 5, score: 25, band: 'very-high' });
  });

  it('averages the four mapped controls to 2.0 and reduces likelihood by 2 levels', () => {
    expect(roomAccess().controls.map((c) => [c.controlId, c.rating])).toEqual([
      ['policy', 1],
      ['training', 3],
      ['minor-check-in', 2],
      ['visitor-log', 2],
    ]);
    expect(roomAccess().controlAverage).toBe(2);
    expect(roomAccess().reduction).toBe(2);
  });

  it('rates the residual risk 15, High', () => {
    expect(roomAccess().residual).toEqual({ likelihood: 3, score: 15, band: 'high' });
  });

  it('keeps the item Very high when occupants of hourly rentals are not identified', () => {
    const flagged = item({ ...WORKED_EXAMPLE_HOTEL, hourlyIdAll: 'no' }, 'room-access');
    expect(flagged.redFlags).toEqual(['hourly-without-id']);
    expect(flagged.residual).toEqual({ likelihood: 5, score: 25, band: 'very-high' });
  });

  it('gives a red-flagged item a score whose band is Very high, before and after safeguards', () => {
    // Strong safeguards and a quiet destination: the answers alone would give likelihood 3.
    const flagged = item(
      { ...WELL_CONTROLLED_HOTEL, minorsUnrelatedAdults: 'yes' },
      'child-guests',
    );
    expect(flagged.answeredLikelihood).toBe(3);
    expect(flagged.inherent).toEqual({ likelihood: 5, score: 25, band: 'very-high' });
    expect(flagged.reduction).toBe(0);
    expect(flagged.residual).toEqual({ likelihood: 5, score: 25, band: 'very-high' });
  });
});

describe('scoreAssessment: likelihood', () => {
  const noContext = WELL_CONTROLLED_HOTEL;

  it('gives no context point for one factor', () => {
    expect(
      scoreAssessment(ACCOMMODATION, { ...noContext, ctxFastGrowth: 'yes' }).context.points,
    ).toBe(0);
  });

  it('gives 1 context point for two factors', () => {
    const answers = { ...noContext, ctxFastGrowth: 'yes', ctxWeakEnforcement: 'yes' };
    expect(scoreAssessment(ACCOMMODATION, answers).context.points).toBe(1);
  });

  it('gives 2 context points for four factors', () => {
    expect(scoreAssessment(ACCOMMODATION, WORKED_EXAMPLE_HOTEL).context.points).toBe(2);
  });

  it('gives 2 context points for a known hotspot on its own', () => {
    const context = scoreAssessment(ACCOMMODATION, { ...noContext, ctxHotspot: 'yes' }).context;
    expect(context.points).toBe(2);
    expect(context.hotspot).toEqual({ question: 'ctxHotspot', value: 'yes', status: 'answered' });
  });

  it('caps exposure at 2 points however many factors apply', () => {
    const answers = {
      ...noContext,
      hourlyRental: 'yes',
      hourlyIdAll: 'yes',
      blindSpots: 'yes',
      nightShift: 'one',
    };
    const roomAccess = item(answers, 'room-access');
    expect(roomAccess.exposure.length).toBe(3);
    expect(roomAccess.exposurePoints).toBe(2);
  });

  it('counts "Don\'t know" as the riskier answer and marks it unverified', () => {
    const score = scoreAssessment(ACCOMMODATION, { ...noContext, blindSpots: 'unknown' });
    const roomAccess = score.items.find((i) => i.itemId === 'room-access')!;
    expect(roomAccess.exposure).toEqual([
      { question: 'blindSpots', value: 'unknown', status: 'unverified', points: 1 },
    ]);
    expect(score.unverified).toEqual(['blindSpots']);
  });

  it('counts an unanswered question as the riskier answer and lists it as unanswered', () => {
    const { blindSpots: _omitted, ...answers } = noContext;
    const score = scoreAssessment(ACCOMMODATION, answers);
    expect(score.unanswered).toEqual(['blindSpots']);
    expect(score.items.find((i) => i.itemId === 'room-access')!.exposurePoints).toBe(1);
  });

  it('ignores answers to questions that are hidden', () => {
    const answers = { ...noContext, sellsExcursions: 'no', excursionOrphanage: 'yes' };
    const score = scoreAssessment(ACCOMMODATION, answers);
    expect(score.redFlags).toEqual([]);
    expect(score.items.some((i) => i.itemId === 'excursions')).toBeFalse();
  });
});

describe('scoreAssessment: controls and residual risk', () => {
  it('reduces by at most 1 level when no mapped control is rated 3', () => {
    const answers = { ...WORKED_EXAMPLE_HOTEL, ctlTraining: '2', ctlPolicy: '2' };
    const roomAccess = item(answers, 'room-access');
    expect(roomAccess.controlAverage).toBe(2);
    expect(roomAccess.reduction).toBe(1);
    expect(roomAccess.isReductionLimited).toBeTrue();
    expect(roomAccess.residual.score).toBe(20);
  });

  it('rates no control above 2 without a yearly review', () => {
    const score = scoreAssessment(ACCOMMODATION, { ...WORKED_EXAMPLE_HOTEL, ctlAnnualReview: '1' });
    const training = score.items.find((i) => i.itemId === 'room-access')!.controls[1];
    expect(score.isAnnualReviewInPlace).toBeFalse();
    expect(training.rating).toBe(2);
    expect(training.isCapped).toBeTrue();
  });

  it('does not reduce likelihood when the average is below 1', () => {
    const answers = {
      ...WORKED_EXAMPLE_HOTEL,
      ctlPolicy: '0',
      ctlTraining: '1',
      ctlMinorCheckIn: '0',
      ctlVisitorLog: '1',
    };
    expect(item(answers, 'room-access').reduction).toBe(0);
  });

  it('never lowers likelihood below 1', () => {
    const roomAccess = item(WELL_CONTROLLED_HOTEL, 'room-access');
    expect(roomAccess.inherent.likelihood).toBe(1);
    expect(roomAccess.residual.likelihood).toBe(1);
  });

  it('never reduces severity', () => {
    const roomAccess = item(WORKED_EXAMPLE_HOTEL, 'room-access');
    expect(roomAccess.residual.score / roomAccess.residual.likelihood).toBe(5);
  });

  it('scores related harms with severity 4', () => {
    expect(item(WELL_CONTROLLED_HOTEL, 'young-workers').severity).toBe(4);
    expect(item(WELL_CONTROLLED_HOTEL, 'room-access').severity).toBe(5);
  });

  it('uses the parameters it is given', () => {
    const strict = { ...DEFAULT_PARAMETERS, bandLimits: { low: 2, medium: 4, high: 10 } };
    const score = scoreAssessment(ACCOMMODATION, WORKED_EXAMPLE_HOTEL, strict);
    expect(score.items.find((i) => i.itemId === 'room-access')!.residual.band).toBe('very-high');
  });
});

describe('scoreAssessment: red flags and overall rating', () => {
  it('rates a well-controlled hotel Low with no red flag', () => {
    const score = scoreAssessment(ACCOMMODATION, WELL_CONTROLLED_HOTEL);
    expect(score.overall.band).toBe('low');
    expect(score.redFlags).toEqual([]);
    expect(score.unanswered).toEqual([]);
  });

  it('takes the worst residual band as the overall rating and counts items per band', () => {
    const score = scoreAssessment(ACCOMMODATION, WORKED_EXAMPLE_HOTEL);
    expect(score.overall.band).toBe('high');
    expect(score.overall.countsByBand.high).toBe(1);
    const total = Object.values(score.overall.countsByBand).reduce((a, b) => a + b, 0);
    expect(total).toBe(score.items.length);
  });

  it('raises the orphanage red flag and rates a tour operator selling orphanage visits Very high', () => {
    const score = scoreAssessment(TOURISM_SERVICES, ORPHANAGE_TOUR_OPERATOR);
    expect(score.overall.band).toBe('very-high');
    expect(score.redFlags.map((f) => f.id)).toEqual(['orphanage-visits']);
    expect(score.redFlags[0].answers).toEqual([
      { question: 'orphanageVisits', value: 'yes', status: 'answered' },
    ]);
  });

  it('raises an own-product red flag on "Don\'t know"', () => {
    const score = scoreAssessment(TOURISM_SERVICES, {
      ...ORPHANAGE_TOUR_OPERATOR,
      orphanageVisits: 'unknown',
    });
    expect(score.redFlags.map((f) => f.id)).toEqual(['orphanage-visits']);
  });

  it('does not raise a red flag on a question left blank', () => {
    const { minorsUnrelatedAdults: _omitted, ...answers } = WELL_CONTROLLED_HOTEL;
    expect(scoreAssessment(ACCOMMODATION, answers).redFlags).toEqual([]);
  });

  it('reports criteria coverage as the sum of ratings over the maximum', () => {
    const full = scoreAssessment(ACCOMMODATION, WELL_CONTROLLED_HOTEL).coverage;
    expect(full.ratio).toBe(1);
    const half = scoreAssessment(ACCOMMODATION, {
      ...WELL_CONTROLLED_HOTEL,
      ctlClause: '0',
    }).coverage;
    const clause = half.byCriterion.find((c) => c.criterion === 3)!;
    expect(clause.ratingSum).toBe(3);
    expect(clause.maxSum).toBe(6);
    expect(half.ratio).toBeCloseTo(33 / 36, 5);
  });
});
