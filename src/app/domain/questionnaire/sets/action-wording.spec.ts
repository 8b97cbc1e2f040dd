import { QUESTION_SETS } from '.';
import { SUPPLIER_SETS } from './supplier-sets';

// A supplier's plan is followed up by the tour operator; the supplier need not be a Code member.
describe('action wording by audience', () => {
  for (const set of Object.values(SUPPLIER_SETS)) {
    it(`sends ${set.id} neither to The Code nor to its representative`, () => {
      const text = JSON.stringify(set.actions.map((a) => [a.gap, a.action]));
      expect(text).not.toContain('The Code');
      expect(text).not.toContain('Local Code Representative');
    });
  }

  for (const set of QUESTION_SETS) {
    it(`names the Local Code Representative in ${set.id} only "if there is one"`, () => {
      const mentions = set.actions
        .map((a) => a.action.en)
        .filter((text) => text.includes('Local Code Representative'));
      expect(mentions.length).toBeGreaterThan(0);
      expect(
        mentions.every((text) => text.includes('Local Code Representative, if there is one')),
      ).toBeTrue();
    });

    it(`uses plain words in ${set.id}: no "focal person", no "escalation steps"`, () => {
      const text = JSON.stringify(set).toLowerCase();
      expect(text).not.toContain('focal person');
      expect(text).not.toContain('escalation step');
      expect(text).not.toContain('not obviously theirs');
    });
  }
});
