import { answered } from '../condition';
import { QuestionSet, Section, UNKNOWN } from '../question-set';
import { control, en, NO, YES, yesNo } from './question-builders';
import {
  assessmentActions,
  informTravellers,
  NOT_IN_USE,
  REDESIGN_CHILD_CONTACT,
  RESOLVE_CLAUSE_REFUSAL,
  sharedActions,
} from './shared-actions';
import {
  clauseRefusalQuestion,
  CONTEXT_FACTORS,
  contextSection,
  CRITERIA_CONTROLS,
  criteriaSection,
  historyRedFlags,
  PAST_INCIDENT,
  PROFILE_IDS,
  profileQuestions,
  SAFEGUARD_SCALE_INTRO,
} from './shared-content';

const RISKY = [YES, UNKNOWN];
const volunteering = answered('offersVolunteering', YES);
const volunteersWithChildren = answered('volunteerChildContact', ...RISKY);
const homestays = answered('offersHomestays', YES);
const ownTransport = answered('offersTransport', YES);
const transport = { any: [ownTransport, answered('subcontractedTransport', YES)] };
const childContactProducts = answered('communityVisits', ...RISKY);

const WORDING = {
  trainedRoles: 'guides, drivers, tour leaders and the staff who sell and design trips',
  contractPartners:
    'suppliers and partners (hotels, transport, excursion providers, local agencies, guides)',
  travellerChannels:
    'travellers (booking confirmation, website, pre-departure pack, on-tour briefing)',
};

const SECTIONS: readonly Section[] = [
  {
    id: 'profile',
    title: en('Your business'),
    intro: en('Tell us about the business this assessment covers.'),
    questions: profileQuestions('Business name'),
  },
  {
    id: 'products',
    title: en('Your products'),
    intro: en(
      'Think of every trip, excursion and activity you sell, including those run by partners.',
    ),
    questions: [
      yesNo(
        'communityVisits',
        'Do any products include visits to schools, villages or community projects where children are present?',
        { allowsUnknown: true },
      ),
      yesNo(
        'visitorsAlone',
        'On those visits, can a traveller ever be alone with a child, out of sight of staff, teachers or carers?',
        { allowsUnknown: true, showIf: childContactProducts },
      ),
      yesNo('childrenAsAttraction', 'Do any products present children as the attraction?', {
        allowsUnknown: true,
        help: 'For example: children\'s dance or music shows, visits to schools or family homes to take photos, slum or "poverty" tours.',
      }),
      yesNo(
        'orphanageVisits',
        "Do any products include visits to, donations at, or volunteering in orphanages or children's homes?",
        {
          allowsUnknown: true,
          help: 'This includes any residential care for children, even for a short visit or a donation at the door.',
        },
      ),
      yesNo('offersVolunteering', 'Do you offer volunteering placements?'),
      yesNo('volunteerChildContact', 'Do any volunteers work with children?', {
        allowsUnknown: true,
        showIf: volunteering,
      }),
      yesNo(
        'volunteerUnsupervised',
        'Can a volunteer ever be alone with a child, without supervision?',
        {
          allowsUnknown: true,
          showIf: { all: [volunteering, volunteersWithChildren] },
        },
      ),
      yesNo(
        'volunteerRecordChecks',
        'Must every volunteer show a criminal-record check or police clearance before the placement starts?',
        {
          allowsUnknown: true,
          showIf: { all: [volunteering, volunteersWithChildren] },
          help: 'For example a Certificate of Good Conduct or a judicial record extract, from the volunteer’s home country.',
        },
      ),
      yesNo('offersHomestays', 'Do you place travellers in homestays?'),
      yesNo(
        'homestayHousehold',
        'Do adults you have not met live in, or often stay at, the homes where travellers sleep?',
        { allowsUnknown: true, showIf: homestays },
      ),
    ],
  },
  {
    id: 'operations',
    title: en('Guides, drivers and partners'),
    questions: [
      yesNo(
        'offersTransport',
        'Do you drive travellers yourself (transfers, cars, vans, boats, tuk-tuks, motorbike taxis such as boda-boda, zémidjan or xe ôm)?',
      ),
      yesNo(
        'subcontractedTransport',
        'Do your trips use transport run by other companies or independent drivers?',
      ),
      yesNo('nightTransfers', 'Do drivers take travellers to private addresses at night?', {
        allowsUnknown: true,
        showIf: transport,
      }),
      yesNo(
        'unaccompaniedChildren',
        'Do drivers ever carry children travelling without a parent or guardian?',
        { allowsUnknown: true, showIf: transport },
      ),
      yesNo(
        'informalDrivers',
        'Do you use drivers who have no contract or written agreement with you?',
        { allowsUnknown: true, showIf: transport },
      ),
      yesNo('freelanceGuides', 'Do you work with freelance guides, drivers or tour leaders?'),
      yesNo(
        'childPhotos',
        'Do your guides, travellers or marketing share photos of local children online or in brochures?',
        { allowsUnknown: true },
      ),
      yesNo(
        'giftsToChildren',
        'Are travellers encouraged to give money or gifts directly to children, or to buy from child vendors?',
        { allowsUnknown: true },
      ),
      yesNo(
        'unvettedProviders',
        'Do you buy services from local agencies or providers whose child-protection practices you do not know?',
        { allowsUnknown: true },
      ),
      yesNo(
        'guideSteering',
        'Has any guide or driver been reported to take travellers to places where children are sexually exploited?',
        { allowsUnknown: true },
      ),
      clauseRefusalQuestion('suppliers, partners or freelancers'),
      PAST_INCIDENT,
    ],
  },
  contextSection('where you operate and on your itineraries'),
  criteriaSection(WORDING),
  {
    id: 'procedures',
    title: en('Your procedures'),
    intro: SAFEGUARD_SCALE_INTRO,
    questions: [
      control(
        'ctlConductCode',
        'A code of conduct for guides, drivers and tour leaders: never alone with a child, no taking travellers to venues where children are exploited, and what to do when a traveller asks for "company"',
      ),
      control(
        'ctlVolunteerSafeguards',
        'Volunteer safeguards: child-related work only in supervised settings, record checks, relevant qualifications, a minimum stay, and the partner project’s own child-protection policy',
        { showIf: volunteering },
      ),
      control(
        'ctlHomestayVetting',
        'Homestay vetting: hosts checked and visited, separate sleeping arrangements, house rules, and a signed clause',
        { showIf: homestays },
      ),
      control(
        'ctlTripRecords',
        'Trip records for every transfer, yours or your transport partners’ (pick-up, destination, who travelled), and a rule for children travelling without a parent or guardian',
        { showIf: transport },
      ),
      control(
        'ctlVisitRules',
        'Rules for visits where children are present: supervision, no photos without consent, host consent, and the project’s own child-protection policy',
        { showIf: childContactProducts },
      ),
    ],
  },
];

/**
 * Tour operators, travel agencies, excursion and activity providers, transfer companies, guides
 * and homestay networks (brief §5.1, §5.3, §5.4, §3, §8, §10).
 */
export const TOURISM_SERVICES: QuestionSet = {
  id: 'tourism-services',
  version: '2.0.0',
  sector: 'tourism-services',
  title: en('Tourism services'),
  profile: PROFILE_IDS,
  sections: SECTIONS,
  contextFactors: CONTEXT_FACTORS,
  controls: [
    ...CRITERIA_CONTROLS,
    {
      id: 'conduct-code',
      question: 'ctlConductCode',
      criterion: 1,
      title: en('Guide and driver code of conduct'),
    },
    {
      id: 'volunteer-safeguards',
      question: 'ctlVolunteerSafeguards',
      criterion: 1,
      title: en('Volunteer safeguards'),
    },
    {
      id: 'homestay-vetting',
      question: 'ctlHomestayVetting',
      criterion: 3,
      title: en('Homestay vetting'),
    },
    { id: 'trip-records', question: 'ctlTripRecords', criterion: 1, title: en('Transfer records') },
    {
      id: 'visit-rules',
      question: 'ctlVisitRules',
      criterion: 1,
      title: en('Rules for visits with children'),
    },
  ],
  riskItems: [
    {
      id: 'orphanage-tourism',
      title: en("Orphanage and children's home visits or volunteering"),
      severity: 5,
      appliesIf: answered('orphanageVisits', ...RISKY),
      exposure: [{ question: 'orphanageVisits', riskyValues: RISKY, points: 2 }],
      controls: ['policy', 'traveller-info', 'clause'],
    },
    {
      id: 'child-contact',
      title: en('Products that bring travellers into contact with children'),
      severity: 5,
      appliesIf: { any: [childContactProducts, answered('childrenAsAttraction', ...RISKY)] },
      exposure: [
        { question: 'childrenAsAttraction', riskyValues: RISKY, points: 2 },
        { question: 'communityVisits', riskyValues: RISKY, points: 1 },
        { question: 'visitorsAlone', riskyValues: RISKY, points: 1 },
      ],
      controls: ['visit-rules', 'conduct-code', 'clause', 'traveller-info'],
    },
    {
      id: 'volunteering',
      title: en('Volunteer placements with access to children'),
      severity: 5,
      appliesIf: volunteering,
      exposure: [
        { question: 'volunteerChildContact', riskyValues: RISKY, points: 2 },
        { question: 'volunteerUnsupervised', riskyValues: RISKY, points: 1 },
        { question: 'volunteerRecordChecks', riskyValues: [NO, UNKNOWN], points: 1 },
      ],
      controls: ['volunteer-safeguards', 'policy', 'clause'],
    },
    {
      id: 'homestays',
      title: en('Travellers staying in private homes with children'),
      severity: 5,
      appliesIf: homestays,
      // A homestay is by nature private and unobserved: the highest exposure.
      exposure: [
        { question: 'offersHomestays', riskyValues: [YES], points: 2 },
        { question: 'homestayHousehold', riskyValues: RISKY, points: 1 },
      ],
      controls: ['homestay-vetting', 'clause', 'traveller-info'],
    },
    {
      id: 'transport',
      title: en('Drivers acting as go-betweens, or children moved without a guardian'),
      severity: 5,
      appliesIf: transport,
      exposure: [
        { question: 'nightTransfers', riskyValues: RISKY, points: 1 },
        { question: 'unaccompaniedChildren', riskyValues: RISKY, points: 1 },
        { question: 'informalDrivers', riskyValues: RISKY, points: 1 },
      ],
      controls: ['trip-records', 'conduct-code', 'training', 'clause'],
    },
    {
      id: 'guides',
      title: en('Guides, drivers and tour leaders brokering access to children'),
      severity: 5,
      exposure: [
        { question: 'guideSteering', riskyValues: RISKY, points: 2 },
        { question: 'freelanceGuides', riskyValues: [YES], points: 1 },
      ],
      controls: ['conduct-code', 'training', 'clause', 'local-contacts'],
    },
    {
      id: 'photos-gifts',
      title: en('Intrusive photography of children and gifts that keep children on the street'),
      // A related harm, not sexual exploitation itself (brief §9).
      severity: 4,
      exposure: [
        { question: 'childPhotos', riskyValues: RISKY, points: 1 },
        { question: 'giftsToChildren', riskyValues: RISKY, points: 1 },
      ],
      controls: ['conduct-code', 'traveller-info', 'policy'],
    },
    {
      id: 'supply-chain',
      title: en('Suppliers and partners whose practices are unknown'),
      severity: 5,
      exposure: [
        { question: 'unvettedProviders', riskyValues: RISKY, points: 2 },
        { question: 'supplierRefusedClause', riskyValues: RISKY, points: 2 },
      ],
      controls: ['clause', 'local-contacts', 'policy'],
    },
  ],
  redFlags: [
    {
      id: 'orphanage-visits',
      title: en("Orphanage or children's home visits or volunteering in products"),
      when: answered('orphanageVisits', ...RISKY),
      items: ['orphanage-tourism'],
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
      items: ['volunteering'],
    },
    {
      id: 'visitors-unsupervised',
      title: en('Travellers can be alone with children on visits'),
      when: answered('visitorsAlone', ...RISKY),
      items: ['child-contact'],
    },
    {
      id: 'children-as-attraction',
      title: en('Products that present children as the attraction'),
      when: answered('childrenAsAttraction', ...RISKY),
      items: ['child-contact'],
    },
    ...historyRedFlags({ supplierRefused: ['supply-chain'], incident: ['guides', 'supply-chain'] }),
    {
      id: 'guide-steering',
      title: en(
        'Guides or drivers reported to take travellers to places where children are exploited',
      ),
      when: answered('guideSteering', YES),
      items: ['guides'],
    },
  ],
  actions: [
    ...sharedActions(WORDING, 'business'),
    RESOLVE_CLAUSE_REFUSAL,
    informTravellers(WORDING.travellerChannels),
    ...assessmentActions(SECTIONS.flatMap((s) => s.questions)),
    {
      id: 'remove-orphanage-visits',
      gap: en('Orphanage visits or residential-care volunteering in products'),
      action: en(
        'Remove them; redirect support to family- and community-based programmes; tell travellers why.',
      ),
      criteria: [1],
      priority: 'immediate',
      when: answered('orphanageVisits', ...RISKY),
      effect: { orphanageVisits: NO },
    },
    {
      id: 'supervise-visits',
      gap: en('Travellers can be alone with children on visits'),
      action: en(
        'Make sure a member of staff, a teacher or a carer is present throughout every visit, and that no traveller is ever alone with a child; agree this with each host in writing.',
      ),
      criteria: [1, 3],
      priority: 'high',
      when: answered('visitorsAlone', ...RISKY),
      effect: { visitorsAlone: NO },
    },
    {
      id: 'redesign-child-contact',
      gap: en('Child-contact excursions (schools, shows, community visits)'),
      action: REDESIGN_CHILD_CONTACT,
      criteria: [1, 3],
      priority: 'high',
      when: {
        any: [answered('childrenAsAttraction', ...RISKY), answered('ctlVisitRules', ...NOT_IN_USE)],
      },
      effect: { childrenAsAttraction: NO, ctlVisitRules: '2' },
    },
    {
      id: 'volunteer-checks',
      gap: en('Volunteer placements without checks'),
      action: en(
        'Require a criminal-record check or police clearance, supervision, relevant qualifications, a minimum length of stay and the partner’s own policy.',
      ),
      criteria: [1, 3],
      priority: 'high',
      when: {
        any: [
          answered('volunteerUnsupervised', ...RISKY),
          answered('volunteerRecordChecks', NO, UNKNOWN),
          answered('ctlVolunteerSafeguards', ...NOT_IN_USE),
        ],
      },
      effect: {
        volunteerUnsupervised: NO,
        volunteerRecordChecks: YES,
        ctlVolunteerSafeguards: '2',
      },
    },
    {
      id: 'vet-homestays',
      gap: en('Homestays not vetted'),
      action: en(
        'Vet hosts, set rules for sleeping arrangements, inspect homes, and add the clause.',
      ),
      criteria: [3],
      priority: 'high',
      when: answered('ctlHomestayVetting', ...NOT_IN_USE),
      effect: { ctlHomestayVetting: '2' },
    },
    {
      id: 'meet-households',
      gap: en('Unknown adults in host homes'),
      action: en(
        'Meet every adult who lives in or often stays at each host home before you place travellers there, and visit again each year.',
      ),
      criteria: [3],
      priority: 'high',
      when: answered('homestayHousehold', ...RISKY),
      effect: { homestayHousehold: NO },
    },
    {
      id: 'conduct-code',
      gap: en('Guides and drivers without conduct rules'),
      action: en(
        'Issue a code of conduct, train on it, include it in contracts, and give a number to report to.',
      ),
      criteria: [2, 3],
      priority: 'high',
      when: answered('ctlConductCode', ...NOT_IN_USE),
      effect: { ctlConductCode: '2' },
    },
    {
      // Not in the brief's table: the minimum expectation for ground transport (brief §7).
      id: 'trip-records',
      gap: en('No records of transfers'),
      action: en(
        'Record every pick-up and destination, yours and your transport partners’; never carry a child without a parent or guardian unless the transfer was booked for the child and checked; no night drops at private addresses without approval; a written agreement with every driver.',
      ),
      criteria: [1],
      priority: 'high',
      when: {
        any: [
          answered('ctlTripRecords', ...NOT_IN_USE),
          answered('nightTransfers', ...RISKY),
          answered('unaccompaniedChildren', ...RISKY),
          answered('informalDrivers', ...RISKY),
        ],
      },
      effect: {
        ctlTripRecords: '2',
        nightTransfers: NO,
        unaccompaniedChildren: NO,
        informalDrivers: NO,
      },
    },
    {
      id: 'vet-providers',
      gap: en('Local providers with unknown practices'),
      action: en(
        'Ask each local provider for its child-protection policy and a signed clause; stop using those that cannot show them.',
      ),
      criteria: [3],
      priority: 'high',
      when: answered('unvettedProviders', ...RISKY),
      effect: { unvettedProviders: NO },
    },
    {
      id: 'photos-and-gifts',
      gap: en('Photos of children shared, or gifts given directly to children'),
      action: en(
        'Brief guides and travellers: no photos of children without consent and never with a location; no money or gifts directly to children; give to community programmes instead.',
      ),
      criteria: [2, 4],
      priority: 'medium',
      when: { any: [answered('childPhotos', ...RISKY), answered('giftsToChildren', ...RISKY)] },
      effect: { childPhotos: NO, giftsToChildren: NO },
    },
    {
      id: 'stop-guide-steering',
      gap: en(
        'Guides or drivers reported to take travellers to places where children are exploited',
      ),
      action: en(
        'Look into the report with the person named in your policy, tell the police where a child may be at risk, end work with those involved, and retrain the rest.',
      ),
      criteria: [2, 3],
      priority: 'immediate',
      when: answered('guideSteering', YES),
      effect: { guideSteering: NO },
    },
  ],
};
