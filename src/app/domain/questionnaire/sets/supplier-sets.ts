import { answered } from '../condition';
import { Question, QuestionSet, Section, UNKNOWN } from '../question-set';
import { ActionDef, ControlDef, ExposureFactor, RedFlagDef } from '../risk-model';
import {
  CATEGORY_TITLES,
  SUPPLIER_CATEGORIES,
  SupplierCategory,
} from '../../suppliers/supplier-category';
import { choice, control, en, NO, option, YES, yesNo } from './question-builders';
import { NOT_IN_USE, sharedActions } from './shared-actions';
import {
  CONTEXT_FACTORS,
  contextSection,
  historyQuestions,
  PROFILE_IDS,
  profileQuestions,
} from './shared-content';

const RISKY = [YES, UNKNOWN];

/** What one supplier category adds to the shared core: its practices, safeguards and red flags. */
interface CategoryContent {
  readonly questions: readonly Question[];
  readonly exposure: readonly ExposureFactor[];
  readonly controls: readonly ControlDef[];
  readonly redFlags: readonly Omit<RedFlagDef, 'items'>[];
  readonly actions: readonly ActionDef[];
  /** 4 only where the harm is a related one (brief §9). */
  readonly severity?: 4;
}

// Three destination questions rather than seven keep the supplier form short. With three factors
// the context reaches 1 point at two of them and 2 points only through a known hotspot.
const SUPPLIER_CONTEXT_IDS = ['ctxChildrenWorking', 'ctxWeakEnforcement', 'ctxHotspot'];

/**
 * The short questionnaire a tour operator sends to a supplier of one category (10–20 questions):
 * a shared core (who, where, the Code safeguards, past incidents) and the category's own questions.
 */
export function supplierQuestionSet(category: SupplierCategory): QuestionSet {
  const content = CATEGORY_CONTENT[category];
  const itemId = `${category}-exploitation`;
  const context = contextSection('where you work');
  // The category's practices are asked first; its own safeguards sit with the shared ones.
  const practices = content.questions.filter((q) => q.kind !== 'control');
  const safeguards = content.questions.filter((q) => q.kind === 'control');
  const sections: Section[] = [
    {
      id: 'profile',
      title: en('Your business'),
      intro: en(
        'A tour operator you work with asked for this. Your answers go only to them, as a file you send.',
      ),
      questions: profileQuestions('Business name'),
    },
    { ...context, questions: context.questions.filter((q) => SUPPLIER_CONTEXT_IDS.includes(q.id)) },
    { id: 'services', title: en('Your services'), questions: practices },
    {
      id: 'safeguards',
      title: en('Your safeguards'),
      intro: en(
        'Rate each safeguard: not in place, written down only, in use and known by the staff concerned, or in use and checked (records, refreshers, spot checks).',
      ),
      questions: [...CORE_SAFEGUARDS, ...safeguards],
    },
    { id: 'history', title: en('Past incidents'), questions: [PAST_INCIDENT] },
  ];

  return {
    id: `supplier-${category}`,
    version: '1.0.0',
    sector: 'supplier',
    title: CATEGORY_TITLES[category],
    profile: PROFILE_IDS,
    sections,
    contextFactors: CONTEXT_FACTORS.filter((f) => SUPPLIER_CONTEXT_IDS.includes(f.question)),
    controls: [
      {
        id: 'policy',
        question: 'ctlPolicy',
        criterion: 1,
        title: en('Written policy and procedure'),
      },
      { id: 'training', question: 'ctlTraining', criterion: 2, title: en('Staff training') },
      { id: 'clause', question: 'ctlClause', criterion: 3, title: en('Child-protection clause') },
      {
        id: 'local-contacts',
        question: 'ctlLocalContacts',
        criterion: 5,
        title: en('Contacts for reporting'),
      },
      {
        id: 'annual-review',
        question: 'ctlAnnualReview',
        criterion: 6,
        title: en('Yearly review'),
      },
      ...content.controls,
    ],
    riskItems: [
      {
        id: itemId,
        title: en(`Children exploited through the supplier's services`),
        severity: content.severity ?? 5,
        exposure: content.exposure,
        controls: [
          'policy',
          'training',
          'clause',
          'local-contacts',
          ...content.controls.map((c) => c.id),
        ],
      },
    ],
    redFlags: [
      ...content.redFlags.map((flag) => ({ ...flag, items: [itemId] })),
      {
        id: 'incident-uncorrected',
        title: en('A past incident with no corrective action'),
        when: answered('pastIncident', 'yes-uncorrected'),
        items: [itemId],
      },
    ],
    actions: [
      ...sharedActions({
        trainedRoles: 'the staff who deal with travellers',
        travellerChannels: 'your customers',
      }).filter((a) => !['inform-travellers', 'resolve-clause-refusal'].includes(a.id)),
      ...content.actions,
    ],
  };
}

const CORE_SAFEGUARDS: readonly Question[] = [
  control(
    'ctlPolicy',
    'A written zero-tolerance policy on the sexual exploitation of children, with steps staff follow when they have a concern',
  ),
  control(
    'ctlTraining',
    'Training of the staff who deal with travellers on the warning signs and what to do',
  ),
  control(
    'ctlClause',
    'The child-protection clause of the operators you work with, signed, and passed on to your own subcontractors',
  ),
  control(
    'ctlLocalContacts',
    'Contacts for the police and a child helpline, on file, that staff know to use',
  ),
  control('ctlAnnualReview', 'A yearly review of these safeguards', {
    help: 'Without a yearly review, no other safeguard can count as "checked".',
  }),
];

const [, PAST_INCIDENT] = historyQuestions('suppliers or subcontractors');

const CATEGORY_CONTENT: Record<SupplierCategory, CategoryContent> = {
  accommodation: {
    questions: [
      yesNo('hourlyRental', 'Do you rent rooms by the hour or for part of a day?', {
        allowsUnknown: true,
      }),
      yesNo(
        'hourlyIdAll',
        'For those rentals, do you record the identity of every person who goes to the room?',
        {
          allowsUnknown: true,
          showIf: answered('hourlyRental', ...RISKY),
        },
      ),
      yesNo(
        'minorsUnrelatedAdults',
        'Are children ever let into rooms with adults who are not their parents or guardians, without any check or record?',
        { allowsUnknown: true },
      ),
      control(
        'ctlMinorCheckIn',
        'Recording every guest, including every child, with ID at check-in, and a visitor rule for rooms',
      ),
    ],
    exposure: [
      { question: 'hourlyRental', riskyValues: RISKY, points: 2 },
      { question: 'minorsUnrelatedAdults', riskyValues: RISKY, points: 2 },
    ],
    controls: [
      {
        id: 'minor-check-in',
        question: 'ctlMinorCheckIn',
        criterion: 1,
        title: en('Guest and minor check-in'),
      },
    ],
    redFlags: [
      {
        id: 'hourly-without-id',
        title: en('Rooms rented by the hour without the identity of every occupant'),
        when: { all: [answered('hourlyRental', ...RISKY), answered('hourlyIdAll', NO, UNKNOWN)] },
      },
      {
        id: 'minors-unrelated-adults',
        title: en('Children let into rooms with unrelated adults without any check'),
        when: answered('minorsUnrelatedAdults', ...RISKY),
      },
    ],
    actions: [
      action(
        'guest-check-in',
        'No minor check-in or visitor rule',
        'Record every occupant with ID; check the adult–child relationship when unclear; log visitors.',
        [1],
        'high',
        answered('ctlMinorCheckIn', ...NOT_IN_USE),
        { ctlMinorCheckIn: '2' },
      ),
      action(
        'stop-hourly-rentals',
        'Rooms rented by the hour',
        'Stop hourly rentals, or require the identity of every occupant and a manager’s approval.',
        [1],
        'high',
        answered('hourlyRental', ...RISKY),
        { hourlyRental: NO },
      ),
    ],
  },
  'rentals-homestays': {
    questions: [
      yesNo(
        'selfCheckIn',
        'Can guests check in on their own (key box, door code) without meeting anyone?',
      ),
      yesNo(
        'hostChildren',
        "Do the host's or other children live in the homes where travellers stay?",
        { allowsUnknown: true },
      ),
      control(
        'ctlHostVetting',
        'Hosts vetted and homes visited, with separate sleeping arrangements and house rules',
      ),
      control('ctlGuestIdentity', 'The identity of every guest checked before the stay'),
    ],
    exposure: [
      { question: 'hostChildren', riskyValues: RISKY, points: 2 },
      { question: 'selfCheckIn', riskyValues: [YES], points: 1 },
    ],
    controls: [
      { id: 'host-vetting', question: 'ctlHostVetting', criterion: 3, title: en('Host vetting') },
      {
        id: 'guest-identity',
        question: 'ctlGuestIdentity',
        criterion: 1,
        title: en('Guest identity checks'),
      },
    ],
    redFlags: [],
    actions: [
      action(
        'vet-hosts',
        'Homestays not vetted',
        'Vet hosts, set rules for sleeping arrangements, inspect homes.',
        [3],
        'high',
        answered('ctlHostVetting', ...NOT_IN_USE),
        { ctlHostVetting: '2' },
      ),
    ],
  },
  'ground-transport': {
    questions: [
      yesNo(
        'nightTransfers',
        'Do drivers make night transfers to private addresses, or carry children without a parent or guardian?',
        { allowsUnknown: true },
      ),
      yesNo('informalDrivers', 'Do you use drivers who have no contract with you?', {
        allowsUnknown: true,
      }),
      yesNo(
        'driverSteering',
        'Has any driver been reported to take travellers to places where children are sexually exploited?',
        { allowsUnknown: true },
      ),
      control(
        'ctlTripRecords',
        'Records of every trip (pick-up, destination, who travelled) and a driver code of conduct',
      ),
    ],
    exposure: [
      { question: 'nightTransfers', riskyValues: RISKY, points: 1 },
      { question: 'informalDrivers', riskyValues: RISKY, points: 1 },
      { question: 'driverSteering', riskyValues: RISKY, points: 2 },
    ],
    controls: [
      {
        id: 'trip-records',
        question: 'ctlTripRecords',
        criterion: 1,
        title: en('Trip records and driver conduct'),
      },
    ],
    redFlags: [
      {
        id: 'staff-steering',
        title: en('Drivers reported to take travellers to places where children are exploited'),
        when: answered('driverSteering', YES),
      },
    ],
    actions: [
      action(
        'trip-records',
        'No trip records or driver rules',
        'Record every trip; issue a driver code of conduct; no night drops at private addresses without approval.',
        [1, 2],
        'high',
        answered('ctlTripRecords', ...NOT_IN_USE),
        { ctlTripRecords: '2' },
      ),
    ],
  },
  'airlines-rail': {
    questions: [
      yesNo(
        'unaccompaniedMinors',
        'Do you carry children travelling without a parent or guardian?',
      ),
      control(
        'ctlCrewTraining',
        'Crew and station staff trained to spot a child travelling under someone’s control, with a reporting route',
      ),
    ],
    exposure: [{ question: 'unaccompaniedMinors', riskyValues: [YES], points: 1 }],
    controls: [
      {
        id: 'crew-training',
        question: 'ctlCrewTraining',
        criterion: 2,
        title: en('Crew training and reporting route'),
      },
    ],
    redFlags: [],
    actions: [
      action(
        'crew-training',
        'Crew not trained to spot trafficking',
        'Train crew and station staff on the signs of a child under someone’s control; publish the reporting route.',
        [2],
        'high',
        answered('ctlCrewTraining', ...NOT_IN_USE),
        { ctlCrewTraining: '2' },
      ),
    ],
  },
  excursions: {
    questions: [
      yesNo(
        'communityVisits',
        'Do any activities visit schools, villages or community projects where children are present?',
        { allowsUnknown: true },
      ),
      yesNo(
        'childrenAsAttraction',
        'Do any activities present children as the attraction (shows, visits to homes or schools for photos, slum tours)?',
        { allowsUnknown: true },
      ),
      yesNo(
        'orphanageVisits',
        "Do any activities include visits to, donations at, or volunteering in orphanages or children's homes?",
        { allowsUnknown: true },
      ),
      control(
        'ctlVisitRules',
        'Rules for visits where children are present: supervision, no photos without consent, host consent',
      ),
    ],
    exposure: [
      { question: 'orphanageVisits', riskyValues: RISKY, points: 2 },
      { question: 'childrenAsAttraction', riskyValues: RISKY, points: 2 },
      { question: 'communityVisits', riskyValues: RISKY, points: 1 },
    ],
    controls: [
      {
        id: 'visit-rules',
        question: 'ctlVisitRules',
        criterion: 1,
        title: en('Rules for visits with children'),
      },
    ],
    redFlags: [
      {
        id: 'orphanage-visits',
        title: en("Orphanage or children's home visits in activities"),
        when: answered('orphanageVisits', ...RISKY),
      },
      {
        id: 'children-as-attraction',
        title: en('Activities that present children as the attraction'),
        when: answered('childrenAsAttraction', ...RISKY),
      },
    ],
    actions: [
      action(
        'remove-orphanage-visits',
        "Orphanage or children's home visits",
        'Remove them; redirect support to family- and community-based programmes.',
        [1],
        'immediate',
        answered('orphanageVisits', ...RISKY),
        { orphanageVisits: NO },
      ),
      action(
        'redesign-child-contact',
        'Children as the attraction',
        'Redesign activities without children as the attraction; supervision, no photos, host consent.',
        [1, 3],
        'high',
        answered('childrenAsAttraction', ...RISKY),
        { childrenAsAttraction: NO },
      ),
    ],
  },
  guides: {
    questions: [
      yesNo(
        'guideSteering',
        'Has any guide been reported to take travellers to places where children are sexually exploited?',
        { allowsUnknown: true },
      ),
      yesNo('childPhotos', 'Do guides take or share photos of local children?', {
        allowsUnknown: true,
      }),
      yesNo('freelanceGuides', 'Do you work with freelance guides?'),
      control(
        'ctlGuideConduct',
        'A guide code of conduct: never alone with a child, no taking travellers to such venues, what to do when asked for "company"',
      ),
    ],
    exposure: [
      { question: 'guideSteering', riskyValues: RISKY, points: 2 },
      { question: 'freelanceGuides', riskyValues: [YES], points: 1 },
      { question: 'childPhotos', riskyValues: RISKY, points: 1 },
    ],
    controls: [
      {
        id: 'guide-conduct',
        question: 'ctlGuideConduct',
        criterion: 1,
        title: en('Guide code of conduct'),
      },
    ],
    redFlags: [
      {
        id: 'staff-steering',
        title: en('Guides reported to take travellers to places where children are exploited'),
        when: answered('guideSteering', YES),
      },
    ],
    actions: [
      action(
        'guide-conduct',
        'Guides without conduct rules',
        'Issue a code of conduct, train on it, and give guides a number to report to.',
        [2, 3],
        'high',
        answered('ctlGuideConduct', ...NOT_IN_USE),
        { ctlGuideConduct: '2' },
      ),
    ],
  },
  volunteering: {
    questions: [
      yesNo(
        'residentialCare',
        'Do any placements or visits involve orphanages or other residential care for children?',
        { allowsUnknown: true },
      ),
      yesNo('volunteerChildContact', 'Do volunteers work with children?', { allowsUnknown: true }),
      yesNo(
        'volunteerUnsupervised',
        'Can a volunteer ever be alone with a child, without supervision?',
        {
          allowsUnknown: true,
          showIf: answered('volunteerChildContact', ...RISKY),
        },
      ),
      yesNo(
        'volunteerRecordChecks',
        'Must every volunteer pass a criminal-record check before the placement?',
        {
          allowsUnknown: true,
          showIf: answered('volunteerChildContact', ...RISKY),
        },
      ),
      control(
        'ctlVolunteerSafeguards',
        'Child-related work only in supervised settings, with qualifications, a minimum stay and the project’s own policy',
      ),
    ],
    exposure: [
      { question: 'residentialCare', riskyValues: RISKY, points: 2 },
      { question: 'volunteerChildContact', riskyValues: RISKY, points: 2 },
    ],
    controls: [
      {
        id: 'volunteer-safeguards',
        question: 'ctlVolunteerSafeguards',
        criterion: 1,
        title: en('Volunteer safeguards'),
      },
    ],
    redFlags: [
      {
        id: 'orphanage-visits',
        title: en('Residential-care placements or visits'),
        when: answered('residentialCare', ...RISKY),
      },
      {
        id: 'volunteers-unchecked',
        title: en('Volunteers unsupervised with children, or placed without record checks'),
        when: {
          any: [
            answered('volunteerUnsupervised', ...RISKY),
            answered('volunteerRecordChecks', NO, UNKNOWN),
          ],
        },
      },
    ],
    actions: [
      action(
        'remove-residential-care',
        'Residential-care placements',
        'End placements and visits in residential care; move support to family-based care.',
        [1],
        'immediate',
        answered('residentialCare', ...RISKY),
        { residentialCare: NO },
      ),
      action(
        'volunteer-checks',
        'Volunteer placements without checks',
        'Require record checks and supervision; never let a volunteer be alone with a child.',
        [1, 3],
        'high',
        {
          any: [
            answered('volunteerUnsupervised', ...RISKY),
            answered('volunteerRecordChecks', NO, UNKNOWN),
          ],
        },
        { volunteerUnsupervised: NO, volunteerRecordChecks: YES },
      ),
    ],
  },
  nightlife: {
    questions: [
      yesNo('youngWorkers', 'Do any staff under 18 work at night, in the bar or in the spa?', {
        allowsUnknown: true,
      }),
      yesNo('openToAll', 'Do young people who look under 18 come in as customers?', {
        allowsUnknown: true,
      }),
      control(
        'ctlAgeChecks',
        'Age checks for customers and staff, and staff who step in when an adult buys drinks for a young person',
      ),
    ],
    exposure: [
      { question: 'openToAll', riskyValues: RISKY, points: 2 },
      { question: 'youngWorkers', riskyValues: RISKY, points: 2 },
    ],
    controls: [
      { id: 'age-checks', question: 'ctlAgeChecks', criterion: 1, title: en('Age checks') },
    ],
    redFlags: [],
    actions: [
      action(
        'age-checks',
        'No age checks',
        'Check ages of customers and staff; no under-18s at night, in the bar or the spa.',
        [1],
        'high',
        answered('ctlAgeChecks', ...NOT_IN_USE),
        { ctlAgeChecks: '2' },
      ),
    ],
  },
  'destination-management': {
    questions: [
      yesNo(
        'unvettedProviders',
        'Do you buy services from providers whose child-protection practices you do not know?',
        { allowsUnknown: true },
      ),
      choice('supplierList', 'Do you keep a list of the suppliers you use for each trip?', [
        option(YES, 'Yes'),
        option(NO, 'No'),
      ]),
      control(
        'ctlCascadeClause',
        'The child-protection clause included in your own contracts with suppliers',
      ),
    ],
    exposure: [
      { question: 'unvettedProviders', riskyValues: RISKY, points: 2 },
      { question: 'supplierList', riskyValues: [NO], points: 1 },
    ],
    controls: [
      {
        id: 'cascade-clause',
        question: 'ctlCascadeClause',
        criterion: 3,
        title: en('Clause passed to own suppliers'),
      },
    ],
    redFlags: [],
    actions: [
      action(
        'cascade-clause',
        'The clause stops at your door',
        'Add the clause to your own supplier contracts and keep the list of suppliers per trip.',
        [3],
        'high',
        answered('ctlCascadeClause', ...NOT_IN_USE),
        { ctlCascadeClause: '2' },
      ),
    ],
  },
  staffing: {
    severity: 4,
    questions: [
      yesNo(
        'placesMinors',
        'Do you place workers under 18 in hotels, bars or tourism businesses?',
        { allowsUnknown: true },
      ),
      yesNo('feesToWorkers', 'Do workers pay you fees to be placed?', { allowsUnknown: true }),
      control('ctlAgeDocChecks', 'Age and identity document checks for every worker you place'),
    ],
    exposure: [
      { question: 'placesMinors', riskyValues: RISKY, points: 2 },
      { question: 'feesToWorkers', riskyValues: RISKY, points: 1 },
    ],
    controls: [
      {
        id: 'age-document-checks',
        question: 'ctlAgeDocChecks',
        criterion: 1,
        title: en('Age and document checks'),
      },
    ],
    redFlags: [],
    actions: [
      action(
        'age-document-checks',
        'Workers placed without age checks',
        'Check the age and documents of every worker; charge workers no fees.',
        [1],
        'medium',
        answered('ctlAgeDocChecks', ...NOT_IN_USE),
        { ctlAgeDocChecks: '2' },
      ),
    ],
  },
  platforms: {
    questions: [
      yesNo('anonymousBookings', 'Can people book without giving any identity details?', {
        allowsUnknown: true,
      }),
      yesNo('hourlyListings', 'Do listings allow hourly stays or suggest "discreet" services?', {
        allowsUnknown: true,
      }),
      control(
        'ctlReportAbuse',
        'A way for users to report abuse, moderation of host–guest messages, and a process to answer lawful police requests',
      ),
    ],
    exposure: [
      { question: 'anonymousBookings', riskyValues: RISKY, points: 1 },
      { question: 'hourlyListings', riskyValues: RISKY, points: 2 },
    ],
    controls: [
      {
        id: 'report-abuse',
        question: 'ctlReportAbuse',
        criterion: 5,
        title: en('Abuse reporting and police cooperation'),
      },
    ],
    redFlags: [],
    actions: [
      action(
        'report-abuse',
        'No way to report abuse',
        'Add a report button, moderate messages, and set up a process for lawful police requests.',
        [1, 5],
        'high',
        answered('ctlReportAbuse', ...NOT_IN_USE),
        { ctlReportAbuse: '2' },
      ),
    ],
  },
};

/** Every supplier questionnaire, by category. */
export const SUPPLIER_SETS: Readonly<Record<SupplierCategory, QuestionSet>> = Object.fromEntries(
  SUPPLIER_CATEGORIES.map((category) => [category, supplierQuestionSet(category)]),
) as Record<SupplierCategory, QuestionSet>;

function action(
  id: string,
  gap: string,
  text: string,
  criteria: ActionDef['criteria'],
  priority: ActionDef['priority'],
  when: ActionDef['when'],
  effect: ActionDef['effect'],
): ActionDef {
  return { id, gap: en(gap), action: en(text), criteria, priority, when, effect };
}
