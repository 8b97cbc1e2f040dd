import { answered } from '../condition';
import { QuestionSet, Section, UNKNOWN } from '../question-set';
import { choice, control, en, NO, option, YES, yesNo } from './question-builders';
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
import {
  assessmentActions,
  informTravellers,
  NOT_IN_USE,
  REDESIGN_CHILD_CONTACT,
  RESOLVE_CLAUSE_REFUSAL,
  sharedActions,
} from './shared-actions';

const RISKY = [YES, UNKNOWN];
const hasBar = answered('hasBar', YES);
const hasSpa = answered('hasSpa', YES);
const isOpenToPublic = answered('openToPublic', ...RISKY);
const sellsExcursions = answered('sellsExcursions', YES);
const rentsByTheHour = answered('hourlyRental', ...RISKY);
const selfCateringType = answered('propertyType', 'rental', 'homestay');
const hasFrontDesk = answered('propertyType', 'hotel', 'guesthouse', 'hostel', 'other');
const NIGHT_COVER_GAP = ['none', 'one'];

const WORDING = {
  trainedRoles:
    'front-line staff: reception, housekeeping, security, night shift and bar, including outsourced staff',
  contractPartners:
    'suppliers and partners (staffing agencies, excursion providers, outsourced services)',
  travellerChannels: 'guests (booking confirmation, website, a card in the room)',
};

const SECTIONS: readonly Section[] = [
  {
    id: 'profile',
    title: en('Your business'),
    intro: en('Tell us about the property this assessment covers. One assessment per property.'),
    questions: [
      ...profileQuestions('Property name'),
      choice('propertyType', 'What kind of property is it?', [
        option('hotel', 'Hotel or resort'),
        option('guesthouse', 'Guesthouse or B&B'),
        option('hostel', 'Hostel'),
        option('rental', 'Short-term rental or serviced apartment'),
        option('homestay', 'Homestay'),
        option('other', 'Other lodging'),
      ]),
    ],
  },
  {
    id: 'services',
    title: en('What you offer'),
    questions: [
      yesNo('hasBar', 'Do you have a bar, nightclub or karaoke?'),
      yesNo('hasSpa', 'Do you offer spa or massage services?'),
      choice(
        'openToPublic',
        'Can people who are not staying with you use your bar, spa, pool or beach area?',
        [
          option(YES, 'Yes, some of them are open to the public'),
          option(NO, 'No, only guests and their registered visitors'),
          option('none', 'We have no bar, spa, pool or beach area'),
        ],
        { allowsUnknown: true },
      ),
      yesNo(
        'entertainmentStaff',
        'Do entertainers, dancers, hosts or hostesses work in your bar or public areas and mix with guests?',
        { allowsUnknown: true, showIf: { any: [hasBar, isOpenToPublic] } },
      ),
      yesNo('hasGuestWifi', 'Do you provide Wi-Fi or computers for guests?'),
      yesNo('hourlyRental', 'Do you rent rooms by the hour or for part of a day?', {
        allowsUnknown: true,
        help: 'Include day-use rooms and rooms let for a few hours, even if only now and then.',
      }),
      yesNo(
        'hourlyIdAll',
        'For those rentals, do you record the identity of every person who goes to the room?',
        { allowsUnknown: true, showIf: rentsByTheHour },
      ),
      yesNo('sellsExcursions', 'Do you sell or arrange excursions or activities for guests?'),
      yesNo(
        'excursionOrphanage',
        "Do any of them include visits to, donations at, or volunteering in orphanages or children's homes?",
        { allowsUnknown: true, showIf: sellsExcursions },
      ),
      yesNo(
        'childrenAsAttraction',
        'Do any excursions you sell, or shows you host, present children as the attraction?',
        {
          allowsUnknown: true,
          help: "For example: children's dance shows, visits to schools or family homes to take photos, slum tours.",
        },
      ),
    ],
  },
  contextSection('around your property'),
  {
    id: 'guests',
    title: en('Guests, rooms and visitors'),
    intro: en('About how people come and go. Never write down anything about a particular guest.'),
    questions: [
      yesNo(
        'minorsUnrelatedAdults',
        'Are children ever let into rooms with adults who are not their parents or guardians, without any check or record?',
        { allowsUnknown: true },
      ),
      choice(
        'visitorsToRooms',
        'Can visitors who are not registered guests go to the rooms?',
        [
          option('free', 'Yes, without registering'),
          option('logged', 'Only after registering at reception'),
          option('none', 'No, visitors stay in public areas'),
        ],
        { allowsUnknown: true },
      ),
      yesNo(
        'walkInNoId',
        'Can someone who arrives without a booking get a room for cash without showing ID?',
        { allowsUnknown: true, showIf: hasFrontDesk },
      ),
      yesNo(
        'dayByDayExtensions',
        'Can guests keep extending their stay one night at a time without anyone checking again who is in the room?',
        { allowsUnknown: true },
      ),
      yesNo(
        'isolatedRooms',
        'When a guest asks for a room far from other guests or next to an exit, do staff give it without telling the duty manager?',
        { allowsUnknown: true, showIf: hasFrontDesk },
      ),
      yesNo(
        'blindSpots',
        'Are there entrances or guest corridors that staff cannot see and no camera covers?',
        { allowsUnknown: true },
      ),
      choice('nightShift', 'Who is on duty at night?', [
        option('none', 'Nobody'),
        option('one', 'One person'),
        option('two-plus', 'Two or more staff'),
        option('family', 'The owner or the family sleeps on site'),
      ]),
      yesNo(
        'selfCheckIn',
        'Can guests check in on their own (key box, door code) without anyone checking their ID?',
        { showIf: selfCateringType },
      ),
      yesNo(
        'childrenNearby',
        'Are children sent to sell, beg or work near the property or on its beach?',
        { allowsUnknown: true },
      ),
    ],
  },
  {
    id: 'staff',
    title: en('Staff and partners'),
    questions: [
      yesNo(
        'informalRecruitment',
        'Do you hire some staff informally or through agencies, without checking references or age?',
        { allowsUnknown: true },
      ),
      yesNo('under18Staff', 'Do any staff under 18 work at night or serve in the bar?', {
        allowsUnknown: true,
      }),
      yesNo(
        'staffSteering',
        'Has any staff member been reported to send guests to places where children are sexually exploited?',
        { allowsUnknown: true },
      ),
      clauseRefusalQuestion('suppliers or partners'),
      PAST_INCIDENT,
    ],
  },
  criteriaSection(WORDING),
  {
    id: 'procedures',
    title: en('Your procedures'),
    intro: SAFEGUARD_SCALE_INTRO,
    questions: [
      control(
        'ctlMinorCheckIn',
        'Recording every guest, including every child, with ID at check-in, and checking the relationship when an adult arrives with a child and the relationship is unclear',
        {
          help: 'The check is calm and the same for every guest; unclear cases go to the duty manager.',
        },
      ),
      control(
        'ctlVisitorLog',
        'A visitor rule and log: visitors register at reception and are not allowed in rooms at night',
      ),
      control(
        'ctlRecruitmentChecks',
        'Age, identity and reference checks for all staff, including agency staff and entertainers, and no night or bar work for anyone under 18',
        {
          help: 'For example a police clearance (Certificate of Good Conduct, judicial record) where staff work alone with guests.',
        },
      ),
      control(
        'ctlWifiFilter',
        'Blocking known child sexual abuse material sites on the guest network',
        {
          showIf: answered('hasGuestWifi', YES),
          help: 'A family-safe DNS filter, a filtering router, or the filter your internet provider offers, using a recognised block list.',
        },
      ),
      control(
        'ctlBarAgeChecks',
        'Age checks in the bar, and bar staff who step in when an adult buys drinks for a young person',
        { showIf: hasBar },
      ),
      control(
        'ctlExcursionVetting',
        'Checking every excursion you sell: no orphanage visits, no children as the attraction, and the provider has signed a child-protection clause',
        { showIf: sellsExcursions },
      ),
    ],
  },
];

/**
 * Hotels, guesthouses, hostels, short-term rentals and homestays assessing their own property
 * (brief §5.1, §5.2, §3, §8, §10).
 */
export const ACCOMMODATION: QuestionSet = {
  id: 'accommodation',
  version: '2.0.0',
  sector: 'accommodation',
  title: en('Accommodation'),
  profile: PROFILE_IDS,
  sections: SECTIONS,
  contextFactors: CONTEXT_FACTORS,
  controls: [
    ...CRITERIA_CONTROLS,
    {
      id: 'minor-check-in',
      question: 'ctlMinorCheckIn',
      criterion: 1,
      title: en('Guest and minor check-in'),
    },
    {
      id: 'visitor-log',
      question: 'ctlVisitorLog',
      criterion: 1,
      title: en('Visitor rule and log'),
    },
    {
      id: 'recruitment-checks',
      question: 'ctlRecruitmentChecks',
      criterion: 1,
      title: en('Staff age and reference checks'),
    },
    {
      id: 'wifi-filter',
      question: 'ctlWifiFilter',
      criterion: 1,
      title: en('Guest network filtering'),
    },
    {
      id: 'bar-age-checks',
      question: 'ctlBarAgeChecks',
      criterion: 1,
      title: en('Age checks in the bar'),
    },
    {
      id: 'excursion-vetting',
      question: 'ctlExcursionVetting',
      criterion: 3,
      title: en('Vetting excursions sold'),
    },
  ],
  riskItems: [
    {
      id: 'room-access',
      title: en('Rooms used to exploit a child'),
      severity: 5,
      exposure: [
        { question: 'hourlyRental', riskyValues: RISKY, points: 2 },
        { question: 'visitorsToRooms', riskyValues: ['free', UNKNOWN], points: 1 },
        { question: 'walkInNoId', riskyValues: RISKY, points: 1 },
        { question: 'dayByDayExtensions', riskyValues: RISKY, points: 1 },
        { question: 'isolatedRooms', riskyValues: RISKY, points: 1 },
        { question: 'blindSpots', riskyValues: RISKY, points: 1 },
        { question: 'nightShift', riskyValues: NIGHT_COVER_GAP, points: 1 },
        { question: 'selfCheckIn', riskyValues: [YES], points: 1 },
      ],
      controls: ['policy', 'training', 'minor-check-in', 'visitor-log'],
    },
    {
      id: 'child-guests',
      title: en('Children brought in by adults who are not their guardians'),
      severity: 5,
      exposure: [
        { question: 'minorsUnrelatedAdults', riskyValues: RISKY, points: 2 },
        { question: 'walkInNoId', riskyValues: RISKY, points: 1 },
        { question: 'selfCheckIn', riskyValues: [YES], points: 1 },
        { question: 'nightShift', riskyValues: NIGHT_COVER_GAP, points: 1 },
      ],
      controls: ['minor-check-in', 'training', 'policy', 'local-contacts'],
    },
    {
      id: 'public-areas',
      title: en('Bar, spa, pool or beach used to approach young people'),
      severity: 5,
      appliesIf: { any: [hasBar, hasSpa, isOpenToPublic] },
      exposure: [
        { question: 'openToPublic', riskyValues: RISKY, points: 2 },
        { question: 'hasBar', riskyValues: [YES], points: 1 },
        { question: 'entertainmentStaff', riskyValues: RISKY, points: 1 },
      ],
      controls: ['bar-age-checks', 'training', 'policy', 'traveller-info', 'recruitment-checks'],
    },
    {
      id: 'guest-network',
      title: en('Guest network used for child sexual abuse material'),
      severity: 5,
      appliesIf: answered('hasGuestWifi', YES),
      exposure: [{ question: 'hasGuestWifi', riskyValues: [YES], points: 1 }],
      controls: ['wifi-filter', 'traveller-info', 'policy'],
    },
    {
      id: 'local-children',
      title: en('Children made to sell or work nearby, approached by guests'),
      severity: 5,
      exposure: [{ question: 'childrenNearby', riskyValues: RISKY, points: 2 }],
      controls: ['training', 'local-contacts', 'traveller-info', 'policy'],
    },
    {
      id: 'young-workers',
      title: en('Young or unchecked workers exploited on site'),
      // A related harm (children working in the supply chain), not sexual exploitation itself.
      severity: 4,
      exposure: [
        { question: 'under18Staff', riskyValues: RISKY, points: 2 },
        { question: 'informalRecruitment', riskyValues: RISKY, points: 1 },
        { question: 'entertainmentStaff', riskyValues: RISKY, points: 1 },
      ],
      controls: ['recruitment-checks', 'policy', 'clause'],
    },
    {
      id: 'staff-conduct',
      title: en('Staff acting as go-betweens for offenders'),
      severity: 5,
      exposure: [
        { question: 'staffSteering', riskyValues: RISKY, points: 2 },
        { question: 'nightShift', riskyValues: NIGHT_COVER_GAP, points: 1 },
      ],
      controls: ['policy', 'training', 'local-contacts'],
    },
    {
      id: 'excursions',
      title: en('Excursions and shows that bring guests into contact with children'),
      severity: 5,
      appliesIf: { any: [sellsExcursions, answered('childrenAsAttraction', ...RISKY)] },
      exposure: [
        { question: 'excursionOrphanage', riskyValues: RISKY, points: 2 },
        { question: 'childrenAsAttraction', riskyValues: RISKY, points: 2 },
        { question: 'sellsExcursions', riskyValues: [YES], points: 1 },
      ],
      controls: ['excursion-vetting', 'clause', 'traveller-info'],
    },
    {
      id: 'suppliers',
      title: en('Suppliers and partners that do not uphold child protection'),
      severity: 5,
      exposure: [
        { question: 'supplierRefusedClause', riskyValues: RISKY, points: 2 },
        { question: 'informalRecruitment', riskyValues: RISKY, points: 1 },
        { question: 'sellsExcursions', riskyValues: [YES], points: 1 },
      ],
      controls: ['clause', 'local-contacts', 'excursion-vetting'],
    },
  ],
  redFlags: [
    {
      id: 'orphanage-visits',
      title: en("Orphanage or children's home visits offered to guests"),
      when: answered('excursionOrphanage', ...RISKY),
      items: ['excursions'],
    },
    {
      id: 'hourly-without-id',
      title: en('Rooms rented by the hour without the identity of every occupant'),
      when: { all: [rentsByTheHour, answered('hourlyIdAll', NO, UNKNOWN)] },
      items: ['room-access'],
    },
    {
      id: 'minors-unrelated-adults',
      title: en('Children let into rooms with unrelated adults without any check'),
      when: answered('minorsUnrelatedAdults', ...RISKY),
      items: ['child-guests', 'room-access'],
    },
    {
      id: 'children-as-attraction',
      title: en('Products that present children as the attraction'),
      when: answered('childrenAsAttraction', ...RISKY),
      items: ['excursions'],
    },
    ...historyRedFlags({
      supplierRefused: ['suppliers'],
      incident: ['room-access', 'child-guests', 'staff-conduct'],
    }),
    {
      id: 'staff-steering',
      title: en('Staff reported to send guests to places where children are exploited'),
      when: answered('staffSteering', YES),
      items: ['staff-conduct'],
    },
    {
      id: 'unfiltered-network',
      title: en('Guest network without filtering of abuse material'),
      when: answered('ctlWifiFilter', ...NOT_IN_USE),
      items: ['guest-network'],
    },
  ],
  actions: [
    ...sharedActions(WORDING, 'business'),
    RESOLVE_CLAUSE_REFUSAL,
    informTravellers(WORDING.travellerChannels),
    ...assessmentActions(SECTIONS.flatMap((s) => s.questions)),
    {
      id: 'guest-and-visitor-rule',
      gap: en('No minor check-in or visitor rule'),
      action: en(
        'Record every occupant with ID; check the adult–child relationship when it is unclear; log visitors; call the duty manager when in doubt.',
      ),
      criteria: [1],
      priority: 'high',
      when: {
        any: [
          answered('ctlMinorCheckIn', ...NOT_IN_USE),
          answered('ctlVisitorLog', ...NOT_IN_USE),
          answered('minorsUnrelatedAdults', ...RISKY),
          answered('visitorsToRooms', 'free', UNKNOWN),
        ],
      },
      effect: {
        ctlMinorCheckIn: '2',
        ctlVisitorLog: '2',
        minorsUnrelatedAdults: NO,
        visitorsToRooms: 'logged',
      },
    },
    {
      id: 'stop-hourly-rentals',
      gap: en('Rooms rented by the hour or part of a day'),
      action: en(
        'Stop hourly and part-day rentals, or require the identity of every occupant and a manager’s approval for each one.',
      ),
      criteria: [1],
      priority: 'high',
      when: rentsByTheHour,
      effect: { hourlyRental: NO },
    },
    {
      id: 'walk-in-identity',
      gap: en('Walk-in guests can pay cash without ID'),
      action: en(
        'Ask every guest who arrives without a booking for ID, record every occupant, and have the duty manager approve cash walk-ins at night.',
      ),
      criteria: [1],
      priority: 'high',
      when: answered('walkInNoId', ...RISKY),
      effect: { walkInNoId: NO },
    },
    {
      id: 'check-extensions',
      gap: en('Stays extended night by night without a new check'),
      action: en(
        'When a stay is extended one night at a time, check again who is staying in the room, with ID; repeated extensions go to the duty manager.',
      ),
      criteria: [1],
      priority: 'medium',
      when: answered('dayByDayExtensions', ...RISKY),
      effect: { dayByDayExtensions: NO },
    },
    {
      id: 'isolated-room-requests',
      gap: en('Isolated rooms given on request without a check'),
      action: en(
        'Tell front-desk staff that a request for a room far from others, by an exit, or next to another guest’s, goes to the duty manager; offer rooms near staff first.',
      ),
      criteria: [1, 2],
      priority: 'medium',
      when: answered('isolatedRooms', ...RISKY),
      effect: { isolatedRooms: NO },
    },
    {
      id: 'self-check-in-identity',
      gap: en('Guests check in on their own without an ID check'),
      action: en(
        'Check the ID of every guest before giving the door code or key, in person or online, and ask who else will stay; keep the record.',
      ),
      criteria: [1],
      priority: 'high',
      when: answered('selfCheckIn', YES),
      effect: { selfCheckIn: NO },
    },
    {
      // The children are there whatever the hotel does: this protects them rather than lowering
      // the rating, so it shows no what-if.
      id: 'children-nearby',
      gap: en('Children made to sell or work near the property'),
      action: en(
        'Agree with a local child-protection service or organisation what staff do when they see a child at risk near the property; brief beach and security staff; ask guests not to give money or gifts to children or buy from them.',
      ),
      criteria: [2, 5],
      priority: 'medium',
      when: answered('childrenNearby', ...RISKY),
      effect: {},
    },
    {
      id: 'public-access',
      gap: en('Bar, spa, pool or beach open to people who are not staying with you'),
      action: en(
        'Keep the spa, pool and beach area for guests and their registered visitors, or have staff at the entrance who know what to look for; bar staff step in when an adult with a young person raises concern.',
      ),
      criteria: [1],
      priority: 'medium',
      when: isOpenToPublic,
      effect: { openToPublic: NO },
    },
    {
      id: 'filter-guest-network',
      gap: en('Unfiltered guest network'),
      action: en(
        'Block known child sexual abuse material sites with a family-safe DNS filter, a filtering router or your internet provider’s filter, using a recognised block list; tell guests the network is filtered.',
      ),
      criteria: [1],
      priority: 'medium',
      when: answered('ctlWifiFilter', ...NOT_IN_USE),
      effect: { ctlWifiFilter: '2' },
    },
    {
      id: 'remove-orphanage-visits',
      gap: en("Orphanage or children's home visits in excursions"),
      action: en(
        'Stop selling them; redirect support to family- and community-based programmes; tell guests why.',
      ),
      criteria: [1],
      priority: 'immediate',
      when: answered('excursionOrphanage', ...RISKY),
      effect: { excursionOrphanage: NO },
    },
    {
      id: 'redesign-child-contact',
      gap: en('Excursions or shows with children as the attraction'),
      action: REDESIGN_CHILD_CONTACT,
      criteria: [1, 3],
      priority: 'high',
      when: answered('childrenAsAttraction', ...RISKY),
      effect: { childrenAsAttraction: NO },
    },
    {
      id: 'vet-excursions',
      gap: en('Excursions sold without checks'),
      action: en(
        'Check every excursion you sell: no orphanage visits, no children as the attraction, and a signed child-protection clause from the provider.',
      ),
      criteria: [3],
      priority: 'high',
      when: answered('ctlExcursionVetting', ...NOT_IN_USE),
      effect: { ctlExcursionVetting: '2' },
    },
    {
      id: 'bar-age-checks',
      gap: en('No age checks in the bar'),
      action: en(
        'Check ages in the bar; train bar staff to step in and call the duty manager when an adult buys drinks for a young person.',
      ),
      criteria: [1, 2],
      priority: 'high',
      when: answered('ctlBarAgeChecks', ...NOT_IN_USE),
      effect: { ctlBarAgeChecks: '2' },
    },
    {
      id: 'stop-staff-steering',
      gap: en('Staff reported to send guests to places where children are exploited'),
      action: en(
        'Look into the report with the person named in your policy, tell the police where a child may be at risk, retrain staff, and make clear that such conduct ends employment.',
      ),
      criteria: [1, 2],
      priority: 'immediate',
      when: answered('staffSteering', YES),
      effect: { staffSteering: NO },
    },
    {
      id: 'recruitment-checks',
      gap: en('Staff hired through unchecked agencies, or minors in night or bar roles'),
      action: en(
        'Verify the age and documents of every worker, entertainers included; forbid night and bar work for under-18s; use agencies that charge workers no fees.',
      ),
      criteria: [1],
      priority: 'medium',
      when: {
        any: [
          answered('ctlRecruitmentChecks', ...NOT_IN_USE),
          answered('under18Staff', ...RISKY),
          answered('informalRecruitment', ...RISKY),
        ],
      },
      effect: { ctlRecruitmentChecks: '2', under18Staff: NO, informalRecruitment: NO },
    },
    {
      // Not in the brief's table: our action for the §5.2 factors "no sightlines" and "one night worker".
      id: 'cover-blind-spots',
      gap: en('Entrances or corridors nobody can see'),
      action: en(
        'Give staff a view of every entrance and guest corridor, or cover blind spots with cameras; check the recordings are kept.',
      ),
      criteria: [1],
      priority: 'medium',
      when: answered('blindSpots', ...RISKY),
      effect: { blindSpots: NO },
    },
    {
      id: 'night-cover',
      gap: en('One person or nobody on duty at night'),
      action: en(
        'Put two people on the night shift, or give the night worker a duty manager on call and a rule for late arrivals.',
      ),
      criteria: [1],
      priority: 'medium',
      when: answered('nightShift', ...NIGHT_COVER_GAP),
      effect: { nightShift: 'two-plus' },
    },
  ],
};
