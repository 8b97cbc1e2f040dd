import { answered, Condition } from '../condition';
import { CONTROL_LEVELS, Question, UNKNOWN } from '../question-set';
import { ActionDef } from '../risk-model';
import { en, NO, YES } from './question-builders';

export const NOT_IN_USE = ['0', '1', UNKNOWN];

/**
 * Who reads the plan. A business assessing itself may be a member of The Code; a supplier's plan is
 * followed up by the tour operator, so it never sends the supplier to The Code or its representative.
 */
export type Audience = 'business' | 'supplier';

/** Actions of brief §10 that every sector can need, keyed to the shared questions. */
export function sharedActions(
  wording: { trainedRoles: string; travellerChannels: string },
  audience: Audience,
): ActionDef[] {
  const isBusiness = audience === 'business';
  return [
    {
      id: 'adopt-policy',
      gap: en('No written policy'),
      action: en(
        'Adopt a short zero-tolerance policy that names the person staff tell and says when to call the police or a child helpline; have senior management sign it and brief every department on it.',
      ),
      criteria: [1],
      priority: 'high',
      when: answered('ctlPolicy', '0', UNKNOWN),
      effect: { ctlPolicy: '2' },
    },
    {
      id: 'brief-policy',
      gap: en('The policy exists but staff do not know it'),
      action: en(
        'Brief every department; post what to do and whom to tell in staff areas; add the policy to the training of new staff.',
      ),
      criteria: [1, 2],
      priority: 'high',
      when: answered('ctlPolicy', '1'),
      effect: { ctlPolicy: '2' },
    },
    {
      id: 'train-front-line',
      gap: en('Front-line roles are not trained'),
      action: en(
        `Train ${wording.trainedRoles} first; schedule a yearly refresher; keep training records.`,
      ),
      criteria: [2],
      priority: 'high',
      when: answered('ctlTraining', ...NOT_IN_USE),
      effect: { ctlTraining: '3' },
    },
    isBusiness
      ? {
          id: 'add-clause',
          gap: en('No child-protection clause in contracts'),
          action: en(
            'Add the clause to new and renewing contracts and written agreements; track the share of suppliers covered; follow up on any that refuse.',
          ),
          criteria: [3],
          priority: 'high',
          when: answered('ctlClause', ...NOT_IN_USE),
          effect: { ctlClause: '2' },
        }
      : {
          id: 'add-clause',
          gap: en('The child-protection clause is not signed'),
          action: en(
            'Sign the child-protection clause of the tour operators you work with, and make sure your staff know what it asks of them.',
          ),
          criteria: [3],
          priority: 'high',
          when: answered('ctlClause', ...NOT_IN_USE),
          effect: { ctlClause: '2' },
        },
    {
      // Our choice: an uncorrected incident of one's own is a red flag, so it comes before any
      // "high" action. The brief lists only the supplier case (High).
      id: 'correct-incident',
      gap: en('A past incident has no corrective action'),
      action: en(
        'Review with the person named in your policy, and with the authorities, what allowed it to happen; close those gaps and record the action taken. Record no names or details of the people involved.',
      ),
      criteria: [1],
      priority: 'immediate',
      when: answered('pastIncident', 'yes-uncorrected'),
      effect: { pastIncident: 'yes-corrected' },
    },
    {
      id: 'record-local-contacts',
      gap: en('No local contacts for referral'),
      action: en(
        isBusiness
          ? 'Record the contacts of the police, the national child helpline (for example 116 in Kenya, 111 in Vietnam), child-protection services and the Local Code Representative, if there is one; test the route once.'
          : 'Record the contacts of the police, the national child helpline and child-protection services; make sure staff know them; test the route once.',
      ),
      criteria: [5],
      priority: 'medium',
      when: answered('ctlLocalContacts', ...NOT_IN_USE),
      effect: { ctlLocalContacts: '2' },
    },
    {
      id: 'annual-review',
      gap: en('No yearly review'),
      action: en(
        isBusiness
          ? 'Set a yearly review date; report progress to your management and, if you are a member, to The Code.'
          : 'Set a yearly review date, and share what changed with the tour operators you work with.',
      ),
      criteria: [6],
      priority: 'medium',
      when: answered('ctlAnnualReview', ...NOT_IN_USE),
      effect: { ctlAnnualReview: '2' },
    },
  ];
}

/** What a business does when one of its partners refuses the clause (brief §10). */
/** What to do with excursions that show children, in both self-assessments (their gaps differ). */
export const REDESIGN_CHILD_CONTACT = en(
  'Redesign them without children as the attraction; if a visit is kept: supervision, no photos, host consent and the project’s own child-protection policy.',
);

export const RESOLVE_CLAUSE_REFUSAL: ActionDef = {
  id: 'resolve-clause-refusal',
  gap: en('A supplier or partner refuses the clause'),
  action: en(
    'Pause new bookings with that supplier, agree a corrective plan with a deadline, or end the relationship.',
  ),
  criteria: [3],
  priority: 'high',
  when: answered('supplierRefusedClause', YES),
  effect: { supplierRefusedClause: NO },
};

/** Travellers are told, for the sectors that ask criterion 4 of themselves. */
export function informTravellers(travellerChannels: string): ActionDef {
  return {
    id: 'inform-travellers',
    gap: en('Travellers are not told'),
    action: en(
      `Add a short message and a way to report a concern to ${travellerChannels}; ask travellers not to give money or gifts directly to children.`,
    ),
    criteria: [4],
    priority: 'medium',
    when: answered('ctlTravellerInfo', ...NOT_IN_USE),
    effect: { ctlTravellerInfo: '2' },
  };
}

/**
 * Two actions about the assessment as a whole, built from a set's own questions: find out every
 * "Don't know" (each counts as the riskier answer until then), and check every safeguard that is
 * in use but not checked (only checked safeguards let the likelihood fall two levels).
 */
export function assessmentActions(questions: readonly Question[]): ActionDef[] {
  const unknowable = questions
    .filter((q) => q.kind === 'control' || (q.kind === 'choice' && q.allowsUnknown))
    .map((q) => q.id);
  const controls = questions.filter((q) => q.kind === 'control').map((q) => q.id);
  return [
    {
      id: 'find-out',
      gap: en("Answers marked “Don't know”"),
      action: en(
        'Find out whether each of these is so: ask the staff concerned, check your records or go and look, then change the answer. Until then each one counts as the riskier answer.',
      ),
      criteria: [],
      priority: 'high',
      when: anyAnswered(unknowable, UNKNOWN),
      effect: {},
      scope: { questions: unknowable, values: [UNKNOWN] },
    },
    {
      id: 'check-safeguards',
      gap: en('Safeguards in use but not checked'),
      action: en(
        'Check that each of these works: keep records, give refresher training and make spot checks at least once a year. Only checked safeguards lower a risk by two levels.',
      ),
      criteria: [],
      priority: 'medium',
      when: anyAnswered(controls, '2'),
      effect: Object.fromEntries(controls.map((id) => [id, CONTROL_LEVELS[3]])),
      scope: { questions: controls, values: ['2'] },
    },
  ];
}

function anyAnswered(questions: readonly string[], value: string): Condition {
  return { any: questions.map((question) => answered(question, value)) };
}
