import { ACCOMMODATION } from '../questionnaire/sets/accommodation';
import { SUPPLIER_SETS } from '../questionnaire/sets/supplier-sets';
import { DEFAULT_PARAMETERS } from '../scoring/scoring-parameters';
import { WELL_CONTROLLED_HOTEL } from '../testing/sample-answers';
import { EMPTY_PLAN_ENTRY } from './assessment';
import { documentContent } from './document-content';

const entry = { ...EMPTY_PLAN_ENTRY, owner: 'Front office', due: '2027-01-31' };

function content(
  answers: Record<string, string>,
  plan: Record<string, typeof entry> = {},
  actions = ['adopt-policy'],
) {
  return documentContent(ACCOMMODATION, answers, plan, actions, DEFAULT_PARAMETERS);
}

describe('documentContent', () => {
  it('covers the action plan the report prints', () => {
    expect(content(WELL_CONTROLLED_HOTEL, { 'adopt-policy': entry })).not.toBe(
      content(WELL_CONTROLLED_HOTEL),
    );
  });

  it('leaves out what the report does not print: entries of actions not shown, hidden answers', () => {
    expect(content(WELL_CONTROLLED_HOTEL, { 'night-cover': entry })).toBe(
      content(WELL_CONTROLLED_HOTEL),
    );
    expect(content({ ...WELL_CONTROLLED_HOTEL, hourlyIdAll: 'no' })).toBe(
      content(WELL_CONTROLLED_HOTEL),
    );
  });

  it('covers the scoring parameters', () => {
    const strict = { ...DEFAULT_PARAMETERS, capWithoutReview: 1 };
    expect(documentContent(ACCOMMODATION, {}, {}, [], strict)).not.toBe(
      documentContent(ACCOMMODATION, {}, {}, [], DEFAULT_PARAMETERS),
    );
  });

  it("covers a supplier's register facts", () => {
    const set = SUPPLIER_SETS.guides;
    expect(
      documentContent(set, { registerClause: 'refused' }, {}, [], DEFAULT_PARAMETERS),
    ).not.toBe(documentContent(set, { registerClause: 'signed' }, {}, [], DEFAULT_PARAMETERS));
  });
});
