import { SUPPLIER_CATEGORIES } from '../../suppliers/supplier-category';
import { scoreAssessment } from '../../scoring/score-assessment';
import { checkQuestionSet, visibleCountRange } from '../question-set-integrity';
import { findQuestionSet } from '.';
import { SUPPLIER_SETS } from './supplier-sets';

describe('supplier questionnaires', () => {
  it('has one questionnaire for each of the 11 categories of brief §7', () => {
    expect(Object.keys(SUPPLIER_SETS).sort()).toEqual([...SUPPLIER_CATEGORIES].sort());
  });

  for (const category of SUPPLIER_CATEGORIES) {
    describe(category, () => {
      const set = SUPPLIER_SETS[category];

      it('has no integrity problem', () => {
        expect(checkQuestionSet(set)).toEqual([]);
      });

      it('asks 10 to 20 questions on every path', () => {
        const { min, max } = visibleCountRange(set);
        expect(min).toBeGreaterThanOrEqual(10);
        expect(max).toBeLessThanOrEqual(20);
      });

      it('can be found by id and version, as a response file names it', () => {
        expect(findQuestionSet(`supplier-${category}`, set.version)).toBe(set);
      });

      it('asks about the clause, training and policy', () => {
        expect(set.controls.map((c) => c.id)).toEqual(
          jasmine.arrayContaining(['policy', 'training', 'clause']),
        );
      });
    });
  }

  it('rates an excursion provider with orphanage visits Very high with the orphanage red flag', () => {
    const score = scoreAssessment(SUPPLIER_SETS.excursions, { orphanageVisits: 'yes' });
    expect(score.overall.band).toBe('very-high');
    expect(score.redFlags.map((f) => f.id)).toEqual(['orphanage-visits']);
  });

  it('scores staffing agencies with severity 4, a related harm', () => {
    expect(SUPPLIER_SETS.staffing.riskItems[0].severity).toBe(4);
  });
});
