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
      help: 'Your name or job title. It is shown on the report so a reader knows who to ask about it.',
    }),
  ];
}

/**
 * Destination context (brief §5.1), worded for where the business works. Each "yes" or "don't know"
 * counts one factor; a known hotspot nearby counts as the highest context level on its own.
 */
export function contextSection(where: string): Section {
  return {
    id: 'context',
    title: en('Where you work'),
    intro: en(
      `These questions are about the area ${where}, not about your business. Answer for the actual ` +
        'town or district, as you know it.',
    ),
    questions: [
      yesNo(
        'ctxChildrenWorking',
        `Do many children ${where} live in poverty, miss school, or work where tourists go (selling, begging, performing)?`,
        { allowsUnknown: true },
      ),
      yesNo(
        'ctxVulnerableChildren',
        `Are there children ${where} who live on the street, or who are migrants or displaced?`,
        { allowsUnknown: true },
      ),
      yesNo(
        'ctxWeakEnforcement',
        `Are laws against the sexual exploitation of children rarely enforced ${where}?`,
        {
          allowsUnknown: true,
          help: 'For example: few offenders are prosecuted, or corruption lets cases drop.',
        },
      ),
      yesNo(
        'ctxHotspot',
        `Are there red-light areas, bars, massage parlours or beaches ${where} known for the sexual exploitation of children?`,
        {
          allowsUnknown: true,
          help: 'A known hotspot close by raises the context rating to its highest level on its own.',
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
  { question: 'ctxVulnerableChildren', riskyValues: RISKY },
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

/** The section rating the six Code criteria (brief §3), asked of every sector. */
export function criteriaSection(wording: CriteriaWording): Section {
  return {
    id: 'criteria',
    title: en('The six Code criteria'),
    intro: en(
      'Rate each safeguard: not in place, written down only, in use and known by the staff concerned, or in use and checked (records, refreshers, spot checks).',
    ),
    questions: criteriaQuestions(wording),
  };
}

function criteriaQuestions(wording: CriteriaWording): Question[] {
  return [
    control(
      'ctlPolicy',
      'A written zero-tolerance policy on the sexual exploitation of children, signed by senior management, with escalation steps and a named focal person',
      {
        help: 'The escalation steps say who staff tell, and when the police or a child helpline are called.',
      },
    ),
    control(
      'ctlTraining',
      `Training on the warning signs and what to do, for ${wording.trainedRoles}`,
      {
        help: '"Checked" means new staff are trained at induction, everyone has a refresher each year, and you keep records.',
      },
    ),
    control(
      'ctlClause',
      `A child-protection clause in your contracts with ${wording.contractPartners}`,
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
      'Contacts for the police, a child helpline, child-protection services and your Local Code Representative, on file and tested',
      {
        help: 'The Local Code Representative is the organisation that supports members of The Code in your country.',
      },
    ),
    control(
      'ctlAnnualReview',
      'A yearly review of what you did to protect children, reported to The Code or to your management',
      { help: 'Without a yearly review, no other safeguard can count as "checked".' },
    ),
  ];
}

export const CRITERIA_CONTROLS: readonly ControlDef[] = [
  {
    id: 'policy',
    question: 'ctlPolicy',
    criterion: 1,
    title: en('Written policy and escalation steps'),
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

/** Shared history questions that drive two red flags of brief §8. */
export function historyQuestions(partners: string): Question[] {
  return [
    yesNo(
      'supplierRefusedClause',
      `Has any of your ${partners} refused to sign a child-protection clause?`,
      {
        allowsUnknown: true,
      },
    ),
    choice(
      'pastIncident',
      'In the last three years, was there a suspected case of child sexual exploitation linked to your business?',
      [
        option('no', 'No'),
        option('yes-corrected', 'Yes, and we took corrective action'),
        option('yes-uncorrected', 'Yes, and no corrective action has been taken yet'),
      ],
      {
        allowsUnknown: true,
        help: 'Do not write any names or details here. Only say whether it happened and whether you acted on it.',
      },
    ),
  ];
}

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
    {
      id: 'incident-uncorrected',
      title: en('A past incident with no corrective action'),
      when: answered('pastIncident', 'yes-uncorrected'),
      items: items.incident,
    },
  ];
}
