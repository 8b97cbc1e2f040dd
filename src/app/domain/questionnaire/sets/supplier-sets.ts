import { answered } from '../condition';
import { FactDef, Question, QuestionSet, Section, UNKNOWN } from '../question-set';
import { ActionDef, ControlDef, ExposureFactor, RedFlagDef } from '../risk-model';
import {
  CATEGORY_TITLES,
  SUPPLIER_CATEGORIES,
  SupplierCategory,
} from '../../suppliers/supplier-category';
import { choice, control, en, NO, option, YES, yesNo } from './question-builders';
import { assessmentActions, NOT_IN_USE, sharedActions } from './shared-actions';
import {
  CONTEXT_FACTORS,
  contextSection,
  incidentRedFlag,
  PAST_INCIDENT,
  PROFILE_IDS,
  profileQuestions,
  SAFEGUARD_SCALE_INTRO,
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

// Three destination questions rather than six keep the supplier form short. With three factors
// the context reaches 1 point at two of them and 2 points only through a known hotspot.
const SUPPLIER_CONTEXT_IDS = ['ctxChildrenWorking', 'ctxWeakEnforcement', 'ctxHotspot'];

/**
 * What the tour operator's register says about the clause with this supplier (criterion 3). It is
 * part of the supplier's score, so the register, the supplier's page and the PDF agree: a refusal
 * is a red flag of brief §8 whatever the supplier answered.
 */
export const REGISTER_CLAUSE: FactDef = {
  id: 'registerClause',
  title: en('Child-protection clause, as your supplier register records it'),
  options: [
    option('signed', 'Signed'),
    option('sent', 'Sent, not signed yet'),
    option('refused', 'Refused'),
    option('none', 'Not sent'),
  ],
};

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
      intro: SAFEGUARD_SCALE_INTRO,
      questions: [...CORE_SAFEGUARDS, ...safeguards],
    },
    { id: 'history', title: en('Past incidents'), questions: [PAST_INCIDENT] },
  ];

  return {
    id: `supplier-${category}`,
    version: '2.0.0',
    sector: 'supplier',
    title: CATEGORY_TITLES[category],
    profile: PROFILE_IDS,
    sections,
    facts: [REGISTER_CLAUSE],
    contextFactors: CONTEXT_FACTORS.filter((f) => SUPPLIER_CONTEXT_IDS.includes(f.question)),
    controls: [
      {
        id: 'policy',
        question: 'ctlPolicy',
        criterion: 1,
        title: en('Written policy and what staff do'),
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
      incidentRedFlag([itemId]),
      {
        id: 'supplier-refused-clause',
        title: en('The supplier refused the child-protection clause'),
        when: answered(REGISTER_CLAUSE.id, 'refused'),
        items: [itemId],
      },
    ],
    actions: [
      ...sharedActions(
        { trainedRoles: 'the staff who deal with travellers', travellerChannels: 'your customers' },
        'supplier',
      ),
      ...assessmentActions(sections.flatMap((s) => s.questions)),
      {
        // For the tour operator who follows up this supplier (brief §10).
        id: 'resolve-clause-refusal',
        gap: en('The supplier refused the child-protection clause'),
        action: en(
          'Pause new bookings with this supplier, agree a corrective plan with a deadline, or end the relationship.',
        ),
        criteria: [3],
        priority: 'high',
        when: answered(REGISTER_CLAUSE.id, 'refused'),
        effect: { [REGISTER_CLAUSE.id]: 'signed' },
      },
      ...content.actions,
    ],
  };
}

const CORE_SAFEGUARDS: readonly Question[] = [
  control(
    'ctlPolicy',
    'A written zero-tolerance policy on the sexual exploitation of children, with the steps staff follow when they are worried about a child',
  ),
  control(
    'ctlTraining',
    'Training of the staff who deal with travellers on the warning signs and what to do',
  ),
  control('ctlClause', 'The child-protection clause of the tour operators you work with, signed', {
    help: 'The clause rejects the sexual exploitation of children with zero tolerance and obliges you to report.',
  }),
  control(
    'ctlLocalContacts',
    'Contacts for the police and the national child helpline, on file, that staff know to use',
  ),
  control('ctlAnnualReview', 'A yearly review of these safeguards', {
    help: 'Without a yearly review, no other safeguard can count as "checked".',
  }),
];

const CATEGORY_CONTENT: Record<SupplierCategory, CategoryContent> = {
  accommodation: {
    questions: [
      yesNo('hourlyRental', 'Do you rent rooms by the hour or for part of a day?', {
        allowsUnknown: true,
      }),
      yesNo(
        'hourlyIdAll',
        'For those rentals, do you record the identity of every person who goes to the room?',
        { allowsUnknown: true, showIf: answered('hourlyRental', ...RISKY) },
      ),
      yesNo(
        'minorsUnrelatedAdults',
        'Are children ever let into rooms with adults who are not their parents or guardians, without any check or record?',
        { allowsUnknown: true },
      ),
      yesNo('hasGuestWifi', 'Do you provide Wi-Fi or computers for guests?'),
      control(
        'ctlMinorCheckIn',
        'Recording every guest, including every child, with ID at check-in, and checking the relationship when it is unclear',
      ),
      control(
        'ctlVisitorRule',
        'A visitor rule: visitors register at reception and are not allowed in rooms at night',
      ),
      control(
        'ctlWifiFilter',
        'Blocking known child sexual abuse material sites on the guest network',
        {
          showIf: answered('hasGuestWifi', YES),
          help: 'A family-safe DNS filter, a filtering router, or the filter your internet provider offers.',
        },
      ),
    ],
    exposure: [
      { question: 'hourlyRental', riskyValues: RISKY, points: 2 },
      { question: 'minorsUnrelatedAdults', riskyValues: RISKY, points: 2 },
      { question: 'hasGuestWifi', riskyValues: [YES], points: 1 },
    ],
    controls: [
      {
        id: 'minor-check-in',
        question: 'ctlMinorCheckIn',
        criterion: 1,
        title: en('Guest and minor check-in'),
      },
      { id: 'visitor-rule', question: 'ctlVisitorRule', criterion: 1, title: en('Visitor rule') },
      {
        id: 'wifi-filter',
        question: 'ctlWifiFilter',
        criterion: 1,
        title: en('Guest network filtering'),
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
      {
        id: 'unfiltered-network',
        title: en('Guest network without filtering of abuse material'),
        when: answered('ctlWifiFilter', ...NOT_IN_USE),
      },
    ],
    actions: [
      action(
        'guest-check-in',
        'No minor check-in',
        'Record every occupant with ID; check the adult–child relationship when it is unclear; never let a child into a room with an unrelated adult without a check.',
        [1],
        'high',
        {
          any: [
            answered('ctlMinorCheckIn', ...NOT_IN_USE),
            answered('minorsUnrelatedAdults', ...RISKY),
          ],
        },
        { ctlMinorCheckIn: '2', minorsUnrelatedAdults: NO },
      ),
      action(
        'visitor-rule',
        'No visitor rule',
        'Have visitors register at reception and keep them out of rooms at night.',
        [1],
        'high',
        answered('ctlVisitorRule', ...NOT_IN_USE),
        { ctlVisitorRule: '2' },
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
      action(
        'filter-guest-network',
        'Unfiltered guest network',
        'Block known child sexual abuse material sites with a family-safe DNS filter or your internet provider’s filter; tell guests the network is filtered.',
        [1],
        'medium',
        answered('ctlWifiFilter', ...NOT_IN_USE),
        { ctlWifiFilter: '2' },
      ),
    ],
  },
  'rentals-homestays': {
    questions: [
      yesNo(
        'selfCheckIn',
        'Can guests check in on their own (key box, door code) without anyone checking their ID?',
      ),
      yesNo(
        'minorsUnrelatedAdults',
        'Can a child stay with adults who are not their parents or guardians without any check or record?',
        { allowsUnknown: true },
      ),
      yesNo(
        'hostChildren',
        "Do the host's or other children live in the homes where travellers stay?",
        { allowsUnknown: true },
      ),
      yesNo(
        'homestayHousehold',
        'Do adults you have not met live in, or often stay at, the homes where travellers sleep?',
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
      { question: 'minorsUnrelatedAdults', riskyValues: RISKY, points: 2 },
      { question: 'selfCheckIn', riskyValues: [YES], points: 1 },
      { question: 'homestayHousehold', riskyValues: RISKY, points: 1 },
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
    redFlags: [
      {
        id: 'minors-unrelated-adults',
        title: en('Children staying with unrelated adults without any check'),
        when: answered('minorsUnrelatedAdults', ...RISKY),
      },
    ],
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
      action(
        'guest-identity',
        'Guests not identified',
        'Check the ID of every guest before the stay, in person or online, and ask who else will stay; never give a door code to someone whose identity you do not know.',
        [1],
        'high',
        { any: [answered('ctlGuestIdentity', ...NOT_IN_USE), answered('selfCheckIn', YES)] },
        { ctlGuestIdentity: '2', selfCheckIn: NO },
      ),
      action(
        'minors-check',
        'Children staying with unrelated adults',
        'Record every child who stays and the adult responsible for them; when the relationship is unclear, do not let the stay go ahead until it is checked.',
        [1],
        'immediate',
        answered('minorsUnrelatedAdults', ...RISKY),
        { minorsUnrelatedAdults: NO },
      ),
      action(
        'meet-households',
        'Unknown adults in the homes',
        'Meet every adult who lives in or often stays at each home before travellers stay there, and visit again each year.',
        [3],
        'high',
        answered('homestayHousehold', ...RISKY),
        { homestayHousehold: NO },
      ),
    ],
  },
  'ground-transport': {
    questions: [
      yesNo('nightTransfers', 'Do drivers take passengers to private addresses at night?', {
        allowsUnknown: true,
      }),
      yesNo(
        'unaccompaniedChildren',
        'Do drivers ever carry children travelling without a parent or guardian?',
        { allowsUnknown: true },
      ),
      yesNo(
        'informalDrivers',
        'Do you use drivers who have no contract or written agreement with you?',
        { allowsUnknown: true },
      ),
      yesNo(
        'driverSteering',
        'Has any driver been reported to take travellers to places where children are sexually exploited?',
        { allowsUnknown: true },
      ),
      control('ctlTripRecords', 'Records of every trip: pick-up, destination, who travelled'),
      control(
        'ctlDriverConduct',
        'A driver code of conduct: no taking travellers to venues where children are exploited, and what to do when a passenger asks for "company"',
      ),
    ],
    exposure: [
      { question: 'nightTransfers', riskyValues: RISKY, points: 1 },
      { question: 'unaccompaniedChildren', riskyValues: RISKY, points: 1 },
      { question: 'informalDrivers', riskyValues: RISKY, points: 1 },
      { question: 'driverSteering', riskyValues: RISKY, points: 2 },
    ],
    controls: [
      { id: 'trip-records', question: 'ctlTripRecords', criterion: 1, title: en('Trip records') },
      {
        id: 'driver-conduct',
        question: 'ctlDriverConduct',
        criterion: 1,
        title: en('Driver code of conduct'),
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
        'No trip records',
        'Record every trip; never carry a child without a parent or guardian unless the transfer was booked for the child and checked; no night drops at private addresses without approval; a written agreement with every driver.',
        [1],
        'high',
        {
          any: [
            answered('ctlTripRecords', ...NOT_IN_USE),
            answered('nightTransfers', ...RISKY),
            answered('unaccompaniedChildren', ...RISKY),
            answered('informalDrivers', ...RISKY),
          ],
        },
        { ctlTripRecords: '2', nightTransfers: NO, unaccompaniedChildren: NO, informalDrivers: NO },
      ),
      action(
        'driver-conduct',
        'Drivers without conduct rules',
        'Issue a driver code of conduct, train drivers on it, and give them a number to report to.',
        [1, 2],
        'high',
        answered('ctlDriverConduct', ...NOT_IN_USE),
        { ctlDriverConduct: '2' },
      ),
      action(
        'stop-driver-steering',
        'Drivers reported to take travellers to places where children are exploited',
        'Look into the report, tell the police where a child may be at risk, stop work with the drivers involved, and retrain the rest.',
        [1, 2],
        'immediate',
        answered('driverSteering', YES),
        { driverSteering: NO },
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
        'visitorsAlone',
        'On those visits, can a visitor ever be alone with a child, out of sight of staff, teachers or carers?',
        { allowsUnknown: true, showIf: answered('communityVisits', ...RISKY) },
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
      { question: 'visitorsAlone', riskyValues: RISKY, points: 1 },
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
      {
        id: 'visitors-unsupervised',
        title: en('Visitors can be alone with children'),
        when: answered('visitorsAlone', ...RISKY),
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
      action(
        'supervise-visits',
        'Visitors can be alone with children',
        'Make sure staff, a teacher or a carer is present throughout every visit, and that no visitor is ever alone with a child.',
        [1],
        'high',
        answered('visitorsAlone', ...RISKY),
        { visitorsAlone: NO },
      ),
      action(
        'visit-rules',
        'No rules for visits with children',
        'Write down the rules for visits where children are present (supervision, no photos without consent, host consent) and brief every guide on them.',
        [1, 2],
        'high',
        answered('ctlVisitRules', ...NOT_IN_USE),
        { ctlVisitRules: '2' },
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
      action(
        'stop-guide-steering',
        'Guides reported to take travellers to places where children are exploited',
        'Look into the report, tell the police where a child may be at risk, stop work with the guides involved, and retrain the rest.',
        [1, 2],
        'immediate',
        answered('guideSteering', YES),
        { guideSteering: NO },
      ),
      action(
        'guide-photos',
        'Guides share photos of children',
        'Ask guides to take no photos of children without consent, never to share them with a location, and to ask travellers to do the same.',
        [2],
        'medium',
        answered('childPhotos', ...RISKY),
        { childPhotos: NO },
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
        { allowsUnknown: true, showIf: answered('volunteerChildContact', ...RISKY) },
      ),
      yesNo(
        'volunteerRecordChecks',
        'Must every volunteer show a criminal-record check or police clearance before the placement?',
        {
          allowsUnknown: true,
          showIf: answered('volunteerChildContact', ...RISKY),
          help: 'For example a Certificate of Good Conduct or a judicial record extract.',
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
      { question: 'volunteerUnsupervised', riskyValues: RISKY, points: 1 },
      { question: 'volunteerRecordChecks', riskyValues: [NO, UNKNOWN], points: 1 },
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
        'Require a criminal-record check or police clearance and supervision; never let a volunteer be alone with a child; keep child-related work to supervised settings.',
        [1, 3],
        'high',
        {
          any: [
            answered('volunteerUnsupervised', ...RISKY),
            answered('volunteerRecordChecks', NO, UNKNOWN),
            answered('ctlVolunteerSafeguards', ...NOT_IN_USE),
          ],
        },
        { volunteerUnsupervised: NO, volunteerRecordChecks: YES, ctlVolunteerSafeguards: '2' },
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
      yesNo('hasGuestWifi', 'Do you provide Wi-Fi for customers?'),
      yesNo(
        'staffSteering',
        'Has any staff member been reported to send customers to places where children are sexually exploited?',
        { allowsUnknown: true },
      ),
      control(
        'ctlAgeChecks',
        'Age checks for customers and staff, and staff who step in when an adult buys drinks for a young person',
      ),
      control(
        'ctlWifiFilter',
        'Blocking known child sexual abuse material sites on the customer network',
        {
          showIf: answered('hasGuestWifi', YES),
          help: 'A family-safe DNS filter, a filtering router, or the filter your internet provider offers.',
        },
      ),
    ],
    exposure: [
      { question: 'openToAll', riskyValues: RISKY, points: 2 },
      { question: 'youngWorkers', riskyValues: RISKY, points: 2 },
      { question: 'staffSteering', riskyValues: RISKY, points: 2 },
      { question: 'hasGuestWifi', riskyValues: [YES], points: 1 },
    ],
    controls: [
      { id: 'age-checks', question: 'ctlAgeChecks', criterion: 1, title: en('Age checks') },
      {
        id: 'wifi-filter',
        question: 'ctlWifiFilter',
        criterion: 1,
        title: en('Customer network filtering'),
      },
    ],
    redFlags: [
      {
        id: 'unfiltered-network',
        title: en('Customer network without filtering of abuse material'),
        when: answered('ctlWifiFilter', ...NOT_IN_USE),
      },
      {
        id: 'staff-steering',
        title: en('Staff reported to send customers to places where children are exploited'),
        when: answered('staffSteering', YES),
      },
    ],
    actions: [
      action(
        'age-checks',
        'No age checks, or young people working at night',
        'Check the ages of customers and staff; no one under 18 works at night, in the bar or in the spa.',
        [1],
        'high',
        { any: [answered('ctlAgeChecks', ...NOT_IN_USE), answered('youngWorkers', ...RISKY)] },
        { ctlAgeChecks: '2', youngWorkers: NO },
      ),
      action(
        'filter-guest-network',
        'Unfiltered customer network',
        'Block known child sexual abuse material sites with a family-safe DNS filter or your internet provider’s filter.',
        [1],
        'medium',
        answered('ctlWifiFilter', ...NOT_IN_USE),
        { ctlWifiFilter: '2' },
      ),
      action(
        'stop-staff-steering',
        'Staff reported to send customers to places where children are exploited',
        'Look into the report, tell the police where a child may be at risk, and make clear that such conduct ends employment.',
        [1, 2],
        'immediate',
        answered('staffSteering', YES),
        { staffSteering: NO },
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
        'Your own suppliers are not bound by the clause',
        'Add the child-protection clause to your own contracts with suppliers.',
        [3],
        'high',
        answered('ctlCascadeClause', ...NOT_IN_USE),
        { ctlCascadeClause: '2' },
      ),
      action(
        'vet-providers',
        'Providers with unknown practices',
        'Ask each provider for its child-protection policy and a signed clause; stop using those that cannot show them.',
        [3],
        'high',
        answered('unvettedProviders', ...RISKY),
        { unvettedProviders: NO },
      ),
      action(
        'supplier-list',
        'No list of suppliers per trip',
        'Keep a list of the suppliers used on each trip, so that the tour operator can follow them up.',
        [3],
        'medium',
        answered('supplierList', NO),
        { supplierList: YES },
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
        'Workers placed without age checks, or under 18',
        'Check the age and documents of every worker; place no one under 18 in night, bar or spa work.',
        [1],
        'medium',
        { any: [answered('ctlAgeDocChecks', ...NOT_IN_USE), answered('placesMinors', ...RISKY)] },
        { ctlAgeDocChecks: '2', placesMinors: NO },
      ),
      action(
        'no-worker-fees',
        'Workers pay to be placed',
        'Stop charging workers placement fees; the businesses that hire them pay instead.',
        [1],
        'medium',
        answered('feesToWorkers', ...RISKY),
        { feesToWorkers: NO },
      ),
    ],
  },
  platforms: {
    questions: [
      yesNo('anonymousBookings', 'Can people book without giving any identity details?', {
        allowsUnknown: true,
      }),
      yesNo(
        'anonymousPayment',
        'Can people pay anonymously (cash vouchers, cryptocurrency, prepaid cards)?',
        { allowsUnknown: true },
      ),
      yesNo('hourlyListings', 'Do listings allow hourly stays or suggest "discreet" services?', {
        allowsUnknown: true,
      }),
      yesNo(
        'sexualisedAds',
        'Have listings or adverts shown children in a sexualised way and stayed online?',
        { allowsUnknown: true },
      ),
      yesNo(
        'livestreaming',
        'Can hosts or guests stream live video from listed rooms through your service?',
        { allowsUnknown: true },
      ),
      control(
        'ctlReportAbuse',
        'A way for users to report abuse, and moderation of listings and host–guest messages',
      ),
      control(
        'ctlPoliceRequests',
        'A process to keep and hand over data when the police make a lawful request',
      ),
    ],
    exposure: [
      { question: 'anonymousBookings', riskyValues: RISKY, points: 1 },
      { question: 'anonymousPayment', riskyValues: RISKY, points: 1 },
      { question: 'hourlyListings', riskyValues: RISKY, points: 2 },
      { question: 'sexualisedAds', riskyValues: RISKY, points: 2 },
      { question: 'livestreaming', riskyValues: RISKY, points: 1 },
    ],
    controls: [
      {
        id: 'report-abuse',
        question: 'ctlReportAbuse',
        criterion: 5,
        title: en('Abuse reporting and moderation'),
      },
      {
        id: 'police-requests',
        question: 'ctlPoliceRequests',
        criterion: 5,
        title: en('Answering lawful police requests'),
      },
    ],
    redFlags: [
      {
        id: 'hourly-without-id',
        title: en('Hourly listings that can be booked without identity details'),
        when: {
          all: [answered('hourlyListings', ...RISKY), answered('anonymousBookings', ...RISKY)],
        },
      },
    ],
    actions: [
      action(
        'require-identity',
        'Bookings or payments without identity',
        'Require the identity of the person who books and pays, and keep it for the length of the stay and after.',
        [1],
        'high',
        {
          any: [answered('anonymousBookings', ...RISKY), answered('anonymousPayment', ...RISKY)],
        },
        { anonymousBookings: NO, anonymousPayment: NO },
      ),
      action(
        'remove-hourly-listings',
        'Hourly or "discreet" listings',
        'Remove listings for hourly stays and any that suggest "discreet" services; stop new ones at publication.',
        [1],
        'high',
        answered('hourlyListings', ...RISKY),
        { hourlyListings: NO },
      ),
      action(
        'moderate-listings',
        'Adverts that sexualise children',
        'Take such listings and adverts down at once, report them to the police, and check new ones before they go online.',
        [1, 5],
        'immediate',
        answered('sexualisedAds', ...RISKY),
        { sexualisedAds: NO },
      ),
      action(
        'stop-livestreaming',
        'Live video from listed rooms',
        'Block or moderate live streaming from listed rooms, and let users report it.',
        [1],
        'high',
        answered('livestreaming', ...RISKY),
        { livestreaming: NO },
      ),
      action(
        'report-abuse',
        'No way to report abuse',
        'Add a report button, and moderate listings and host–guest messages.',
        [1, 5],
        'high',
        answered('ctlReportAbuse', ...NOT_IN_USE),
        { ctlReportAbuse: '2' },
      ),
      action(
        'police-requests',
        'No process for police requests',
        'Set up a process to keep the relevant data and hand it over when the police make a lawful request.',
        [5],
        'medium',
        answered('ctlPoliceRequests', ...NOT_IN_USE),
        { ctlPoliceRequests: '2' },
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
