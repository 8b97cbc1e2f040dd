import { answered } from '../condition';
import { UNKNOWN } from '../question-set';
import { ActionDef } from '../risk-model';
import { en, NO, YES } from './question-builders';

export const NOT_IN_USE = ['0', '1', UNKNOWN];

/** Actions of brief §10 that every sector can need, keyed to the shared questions. */
export function sharedActions(wording: {
  trainedRoles: string;
  travellerChannels: string;
}): ActionDef[] {
  return [
    {
      id: 'adopt-policy',
      gap: en('No written policy'),
      action: en(
        'Adopt a short zero-tolerance policy with escalation steps and a named focal person, have senior management sign it, and brief every department on it.',
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
        'Brief every department; post the escalation steps in staff areas; add the policy to induction.',
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
    {
      id: 'add-clause',
      gap: en('No child-protection clause in contracts'),
      action: en(
        'Add the clause to new and renewing contracts; track the share of suppliers covered; escalate refusals.',
      ),
      criteria: [3],
      priority: 'high',
      when: answered('ctlClause', ...NOT_IN_USE),
      effect: { ctlClause: '2' },
    },
    {
      id: 'resolve-clause-refusal',
      gap: en('A supplier or partner refuses the clause'),
      action: en(
        'Pause new bookings with that supplier, agree a corrective plan with a deadline, or end the relationship.',
      ),
      criteria: [3],
      priority: 'high',
      when: answered('supplierRefusedClause', YES),
      effect: { supplierRefusedClause: NO },
    },
    {
      // Our choice: an uncorrected incident of one's own is a red flag, so it comes before any
      // "high" action. The brief lists only the supplier case (High).
      id: 'correct-incident',
      gap: en('A past incident has no corrective action'),
      action: en(
        'Review with your focal person and the authorities what allowed it to happen, close those gaps, and record the corrective action taken. Record no names or details of the people involved.',
      ),
      criteria: [1],
      priority: 'immediate',
      when: answered('pastIncident', 'yes-uncorrected'),
      effect: { pastIncident: 'yes-corrected' },
    },
    {
      id: 'inform-travellers',
      gap: en('Travellers are not told'),
      action: en(
        `Add a short message and a way to report a concern to ${wording.travellerChannels}.`,
      ),
      criteria: [4],
      priority: 'medium',
      when: answered('ctlTravellerInfo', ...NOT_IN_USE),
      effect: { ctlTravellerInfo: '2' },
    },
    {
      id: 'record-local-contacts',
      gap: en('No local contacts for referral'),
      action: en(
        'Record police, child helpline, child-protection service and Local Code Representative contacts; test the route once.',
      ),
      criteria: [5],
      priority: 'medium',
      when: answered('ctlLocalContacts', ...NOT_IN_USE),
      effect: { ctlLocalContacts: '2' },
    },
    {
      id: 'annual-review',
      gap: en('No yearly review'),
      action: en('Set a yearly review date; report progress to The Code.'),
      criteria: [6],
      priority: 'medium',
      when: answered('ctlAnnualReview', ...NOT_IN_USE),
      effect: { ctlAnnualReview: '2' },
    },
  ];
}
