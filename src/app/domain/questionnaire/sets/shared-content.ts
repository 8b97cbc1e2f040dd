import { answered } from '../condition';
import { ContextFactor, ControlDef, RedFlagDef } from '../risk-model';
import { Question, Section, UNKNOWN } from '../question-set';
import { choice, control, en, option, text, YES, yesNo } from './question-builders';

/** The four profile questions every sector asks first; the set's `profile` points at them. */
export const PROFILE_IDS = {
  name: 'businessName',
  country: 'country',
  locality: 'locality',
  assessedBy: 'assessedBy',
} as const;

export function profileQuestions(businessLabel: string): Question[] {
  return [
    text(PROFILE_IDS.name, businessLabel, { required: true }),
    text(PROFILE_IDS.country, 'Country', { required: true }),
    text(PROFILE_IDS.locality, 'Town or area'),
    text(PROFILE_IDS.assessedBy, 'Assessed by', {
      help: 'Your job title, or your name. It is shown on the report so a reader knows who to ask about it.',
    }),
  ];
}

/**
 * Destination context (brief §5.1), worded for where the business works. Each "yes", "don't
 * know" or blank counts one factor; a known hotspot nearby counts as the highest context level on
 * its own. The first question gathers the brief's first bullet (children's circumstances) in one.
 */
export function contextSection(where: string): Section {
  return {
    id: 'context',
    title: en('Where you work'),
    intro: en(
      `These questions are about the area ${where}, not about your business. Answer for the actual ` +
        'town or district, as you know it. "Children" means everyone under 18.',
    ),
    questions: [
      yesNo(
        'ctxChildrenWorking',
        `Are there many children ${where} who live in poverty, are out of school, live on the street, are migrants or displaced, or are made to work where tourists go (selling, begging, performing)?`,
        { allowsUnknown: true },
      ),
      yesNo(
        'ctxWeakEnforcement',
        `Are cases of sexual exploitation of children rarely taken to court ${where}?`,
        {
          allowsUnknown: true,
          help: 'Answer from what you know or read locally: for example, few offenders are prosecuted, or cases are often dropped.',
        },
      ),
      yesNo(
        'ctxHotspot',
        `Are there streets, bars, massage parlours or beaches ${where} known for the sexual exploitation of children?`,
        {
          allowsUnknown: true,
          help: 'A known place close by raises the context rating to its highest level on its own.',
        },
      ),
      yesNo(
        'ctxFastGrowth',
        `Is tourism ${where} growing fast, or is it a new or remote destination with much informal lodging and transport?`,
        { allowsUnknown: true },
      ),
      yesNo(
        'ctxEventOrCrisis',
        `In the coming year, will the area ${where} host a large event, or is it recovering from a crisis?`,
        {
          allowsUnknown: true,
          help: 'Large events: major sports tournaments, festivals, conferences. Crises: conflict, natural disaster, a collapse of tourism income.',
        },
      ),
      yesNo(
        'ctxOrphanageIndustry',
        `Are there orphanages or children's homes ${where} that seek visitors or donations from tourists?`,
        { allowsUnknown: true },
      ),
    ],
  };
}

const RISKY = [YES, UNKNOWN];

export const CONTEXT_FACTORS: readonly ContextFactor[] = [
  { question: 'ctxChildrenWorking', riskyValues: RISKY },
  { question: 'ctxWeakEnforcement', riskyValues: RISKY },
  { question: 'ctxHotspot', riskyValues: RISKY, isHotspot: true },
  { question: 'ctxFastGrowth', riskyValues: RISKY },
  { question: 'ctxEventOrCrisis', riskyValues: RISKY },
  { question: 'ctxOrphanageIndustry', riskyValues: RISKY },
];

/** Wording that differs by sector for the six Code criteria controls. */
export interface CriteriaWording {
  readonly trainedRoles: string;
  readonly contractPartners: string;
  readonly travellerChannels: string;
}

/** How a safeguard is rated; the same words open every safeguards section. */
export const SAFEGUARD_SCALE_INTRO = en(
  'Rate each safeguard: not in place, written down only, in use and known by the staff concerned, or in use and checked (records, refresher training, spot checks).',
);

/** The section rating the six Code criteria (brief §3), asked of every sector. */
export function criteriaSection(wording: CriteriaWording): Section {
  return {
    id: 'criteria',
    title: en('The six Code criteria'),
    intro: SAFEGUARD_SCALE_INTRO,
    questions: criteriaQuestions(wording),
  };
}

function criteriaQuestions(wording: CriteriaWording): Question[] {
  return [
    control(
      'ctlPolicy',
      'A written zero-tolerance policy on the sexual exploitation of children, signed by senior management, that names the person staff tell and says when to call the police or a child helpline',
      {
        help: 'It also says what staff do when they are worried about a child: stay calm, do not confront anyone, tell the named person.',
      },
    ),
    control(
      'ctlTraining',
      `Training on the warning signs and what to do, for ${wording.trainedRoles}`,
      {
        help: '"Checked" means new staff are trained when they start, everyone has a refresher each year, and you keep records.',
      },
    ),
    control(
      'ctlClause',
      `A child-protection clause in your contracts or written agreements with ${wording.contractPartners}`,
      {
        help: 'The clause rejects the sexual exploitation of children with zero tolerance, obliges the partner to report, and lets you end the contract if it is broken.',
      },
    ),
    control(
      'ctlTravellerInfo',
      `Telling ${wording.travellerChannels} that you do not tolerate the exploitation of children, and how to report a concern`,
    ),
    control(
      'ctlLocalContacts',
      'Contacts for the police, the national child helpline, child-protection services and the Local Code Representative (if there is one in your country), on file and tested',
      {
        help: 'The national child helpline is 116 in Kenya and 111 in Vietnam, for example. The Local Code Representative is the organisation that supports members of The Code in a country.',
      },
    ),
    control(
      'ctlAnnualReview',
      'A yearly review of what you did to protect children, reported to your management and, if you are a member, to The Code',
      { help: 'Without a yearly review, no other safeguard can count as "checked".' },
    ),
  ];
}

export const CRITERIA_CONTROLS: readonly ControlDef[] = [
  {
    id: 'policy',
    question: 'ctlPolicy',
    criterion: 1,
    title: en('Written policy and what staff do'),
  },
  { id: 'training', question: 'ctlTraining', criterion: 2, title: en('Staff training') },
  { id: 'clause', question: 'ctlClause', criterion: 3, title: en('Contract clause') },
  {
    id: 'traveller-info',
    question: 'ctlTravellerInfo',
    criterion: 4,
    title: en('Information for travellers'),
  },
  {
    id: 'local-contacts',
    question: 'ctlLocalContacts',
    criterion: 5,
    title: en('Local contacts for referral'),
  },
  {
    id: 'annual-review',
    question: 'ctlAnnualReview',
    criterion: 6,
    title: en('Yearly review and report'),
  },
];

/** Asked of self-assessments: whether a partner has refused the clause (a red flag of brief §8). */
export function clauseRefusalQuestion(partners: string): Question {
  return yesNo(
    'supplierRefusedClause',
    `Has any of your ${partners} refused to sign a child-protection clause?`,
    { allowsUnknown: true },
  );
}

/** Asked of every business: a past suspected case, and whether it was acted on. */
export const PAST_INCIDENT: Question = choice(
  'pastIncident',
  'In the last three years, was there a suspected case of sexual exploitation of a child linked to your business?',
  [
    option('no', 'No'),
    option('yes-corrected', 'Yes, and we took corrective action'),
    option('yes-uncorrected', 'Yes, and no corrective action has been taken yet'),
  ],
  {
    allowsUnknown: true,
    help: 'Do not write any names or details here. Only say whether it happened and whether you acted on it.',
  },
);

/** The red flags the history questions raise, on the risk items each sector says they touch. */
export function historyRedFlags(items: {
  supplierRefused: string[];
  incident: string[];
}): RedFlagDef[] {
  return [
    {
      id: 'supplier-refused-clause',
      title: en('A supplier or partner refuses the child-protection clause'),
      when: answered('supplierRefusedClause', YES),
      items: items.supplierRefused,
    },
    incidentRedFlag(items.incident),
  ];
}

export function incidentRedFlag(items: string[]): RedFlagDef {
  return {
    id: 'incident-uncorrected',
    title: en('A past incident with no corrective action'),
    when: answered('pastIncident', 'yes-uncorrected'),
    items,
  };
}
