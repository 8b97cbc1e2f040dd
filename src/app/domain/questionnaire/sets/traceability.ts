import { SUPPLIER_CATEGORIES } from '../../suppliers/supplier-category';

/**
 * One line of the brief traced through the questionnaires: which questions ask about it and which
 * actions answer it. A spec keeps the table true: every question and action it names exists in each
 * set it lists, every red flag has an action, and everything a set scores, flags or recommends is
 * traced here.
 */
export interface TraceRow {
  /** Where in the brief: §3 criteria, §5 risk factors, §7 supplier categories, §8 red flags, §9 method. */
  readonly brief: string;
  readonly kind: 'factor' | 'flag' | 'method';
  /** The brief's words, shortened. */
  readonly text: string;
  /** Questionnaire ids it applies to; each asks at least one of `questions`. */
  readonly sets: readonly string[];
  readonly questions: readonly string[];
  /** The actions that answer it; each set has at least one. Destination factors (§5.1) have none. */
  readonly actions: readonly string[];
  /** For §8: the red flag that the sets raise for it (one of these ids). */
  readonly flags?: readonly string[];
}

const ACC = 'accommodation';
const TOUR = 'tourism-services';
const sup = (category: (typeof SUPPLIER_CATEGORIES)[number]) => `supplier-${category}`;
const SUPPLIERS = SUPPLIER_CATEGORIES.map(sup);
const ALL = [ACC, TOUR, ...SUPPLIERS];
const SELF = [ACC, TOUR];

function factor(
  brief: string,
  text: string,
  sets: readonly string[],
  questions: readonly string[],
  actions: readonly string[],
): TraceRow {
  return { brief, kind: 'factor', text, sets, questions, actions };
}

function flag(
  text: string,
  sets: readonly string[],
  questions: readonly string[],
  flags: readonly string[],
  actions: readonly string[],
): TraceRow {
  return { brief: '§8', kind: 'flag', text, sets, questions, actions, flags };
}

export const TRACEABILITY: readonly TraceRow[] = [
  // §5.1 Destination context: facts about the place, lowered by safeguards only.
  factor(
    '§5.1',
    'Child poverty, children out of school or working in tourism, street-connected, migrant or displaced children',
    ALL,
    ['ctxChildrenWorking'],
    [],
  ),
  factor('§5.1', 'Weak enforcement, offenders rarely prosecuted', ALL, ['ctxWeakEnforcement'], []),
  factor('§5.1', 'Known hotspots near the property or on the itinerary', ALL, ['ctxHotspot'], []),
  factor(
    '§5.1',
    'Rapid growth, new or remote destinations, informal lodging and transport',
    SELF,
    ['ctxFastGrowth'],
    [],
  ),
  factor('§5.1', 'Large events, crises and their aftermath', SELF, ['ctxEventOrCrisis'], []),
  factor(
    '§5.1',
    "A local orphanage or children's-home industry",
    SELF,
    ['ctxOrphanageIndustry'],
    [],
  ),

  // §3 The six criteria, as safeguards every sector rates.
  factor('§3', 'Policy and procedures', ALL, ['ctlPolicy'], ['adopt-policy', 'brief-policy']),
  factor('§3', 'Staff training', ALL, ['ctlTraining'], ['train-front-line']),
  factor('§3', 'Contract clause', ALL, ['ctlClause'], ['add-clause']),
  factor('§3', 'Traveller information', SELF, ['ctlTravellerInfo'], ['inform-travellers']),
  factor('§3', 'Stakeholder engagement', ALL, ['ctlLocalContacts'], ['record-local-contacts']),
  factor('§3', 'Annual reporting', ALL, ['ctlAnnualReview'], ['annual-review']),

  // §5.2 Accommodation.
  factor(
    '§5.2',
    'Guests and every minor recorded with ID; adult–minor relationship checked',
    [ACC, sup('accommodation')],
    ['ctlMinorCheckIn', 'minorsUnrelatedAdults'],
    ['guest-and-visitor-rule', 'guest-check-in'],
  ),
  factor(
    '§5.2',
    'Non-registered visitors can go to rooms; no visitor log',
    [ACC, sup('accommodation')],
    ['visitorsToRooms', 'ctlVisitorLog', 'ctlVisitorRule'],
    ['guest-and-visitor-rule', 'visitor-rule'],
  ),
  factor(
    '§5.2',
    'Room rental by the hour or for part of a day',
    [ACC, sup('accommodation')],
    ['hourlyRental', 'hourlyIdAll'],
    ['stop-hourly-rentals'],
  ),
  factor('§5.2', 'Walk-ins paying cash', [ACC], ['walkInNoId'], ['walk-in-identity']),
  factor(
    '§5.2',
    'Repeated day-by-day extensions',
    [ACC],
    ['dayByDayExtensions'],
    ['check-extensions'],
  ),
  factor(
    '§5.2',
    'Bars, nightclubs, karaoke, spa or massage, pools or beach areas open to non-guests',
    [ACC],
    ['hasBar', 'hasSpa', 'openToPublic', 'ctlBarAgeChecks'],
    ['public-access', 'bar-age-checks'],
  ),
  factor('§5.2', 'Entertainment staff', [ACC], ['entertainmentStaff'], ['recruitment-checks']),
  factor(
    '§5.2',
    'Entrances and corridors without staff sightlines or CCTV',
    [ACC],
    ['blindSpots'],
    ['cover-blind-spots'],
  ),
  factor(
    '§5.2',
    'Rooms far from other guests on request',
    [ACC],
    ['isolatedRooms'],
    ['isolated-room-requests'],
  ),
  factor('§5.2', 'Night shift staffed by one person', [ACC], ['nightShift'], ['night-cover']),
  factor(
    '§5.2',
    'Outsourced security or cleaning staff not trained',
    [ACC],
    ['ctlTraining'],
    ['train-front-line'],
  ),
  factor(
    '§5.2, §5.5',
    'Guest Wi-Fi and public computers without filtering of abuse-material sites',
    [ACC, sup('accommodation'), sup('nightlife')],
    ['hasGuestWifi', 'ctlWifiFilter'],
    ['filter-guest-network'],
  ),
  factor(
    '§5.2',
    'Staff recruited informally or through agencies without reference checks',
    [ACC],
    ['informalRecruitment', 'ctlRecruitmentChecks'],
    ['recruitment-checks'],
  ),
  factor(
    '§5.2, §7',
    'Staff under 18 working nights or in guest-facing bar roles',
    [ACC, sup('nightlife')],
    ['under18Staff', 'youngWorkers'],
    ['recruitment-checks', 'age-checks'],
  ),
  factor(
    '§5.2',
    'Children living or working near the premises with no protective procedure',
    [ACC],
    ['childrenNearby'],
    ['children-nearby', 'record-local-contacts', 'train-front-line', 'inform-travellers'],
  ),
  factor(
    '§5.2',
    'Short-term rentals and homestays: self check-in, no guest identity check',
    [ACC, sup('rentals-homestays')],
    ['selfCheckIn', 'ctlGuestIdentity'],
    ['self-check-in-identity', 'guest-identity'],
  ),
  factor(
    '§5.2',
    'Excursions sold to guests',
    [ACC],
    ['sellsExcursions', 'ctlExcursionVetting'],
    ['vet-excursions'],
  ),

  // §5.3 Tour operators and tourism services.
  factor(
    '§5.3',
    'School, village or community-project visits where children are present',
    [TOUR, sup('excursions')],
    ['communityVisits', 'ctlVisitRules'],
    ['redesign-child-contact', 'visit-rules'],
  ),
  factor(
    '§5.3',
    'Volunteer placements with children: supervision, criminal-record checks, alone with a child',
    [TOUR, sup('volunteering')],
    [
      'volunteerChildContact',
      'volunteerUnsupervised',
      'volunteerRecordChecks',
      'ctlVolunteerSafeguards',
    ],
    ['volunteer-checks'],
  ),
  factor(
    '§5.3',
    'Homestays: host vetting, separate sleeping arrangements, who else lives in the house',
    [TOUR, sup('rentals-homestays')],
    [
      'offersHomestays',
      'homestayHousehold',
      'hostChildren',
      'ctlHomestayVetting',
      'ctlHostVetting',
    ],
    ['vet-homestays', 'meet-households', 'vet-hosts'],
  ),
  factor(
    '§5.3',
    'Guides, drivers and tour leaders without conduct rules or training',
    [TOUR, sup('guides'), sup('ground-transport')],
    ['freelanceGuides', 'ctlConductCode', 'ctlGuideConduct', 'ctlDriverConduct'],
    ['conduct-code', 'guide-conduct', 'driver-conduct'],
  ),
  factor(
    '§5.3',
    'Photography and social media featuring children',
    [TOUR, sup('guides')],
    ['childPhotos'],
    ['photos-and-gifts', 'guide-photos'],
  ),
  factor(
    '§5.3',
    'Money or gifts given directly to children; buying from child vendors',
    [TOUR],
    ['giftsToChildren'],
    ['photos-and-gifts'],
  ),
  factor(
    '§5.3, §7',
    'Incoming agencies and subcontracted providers whose practices are unknown',
    [TOUR, sup('destination-management')],
    ['unvettedProviders'],
    ['vet-providers'],
  ),
  factor(
    '§7',
    'Destination management companies cascading the standards: own clause, supplier list',
    [sup('destination-management')],
    ['ctlCascadeClause', 'supplierList'],
    ['cascade-clause', 'supplier-list'],
  ),

  // §5.4 Transport.
  factor(
    '§5.4',
    'Transfers of minors not accompanied by a parent or guardian',
    [TOUR, sup('ground-transport'), sup('airlines-rail')],
    ['unaccompaniedChildren', 'unaccompaniedMinors'],
    ['trip-records', 'crew-training'],
  ),
  factor(
    '§5.4',
    'Night transfers to private addresses',
    [TOUR, sup('ground-transport')],
    ['nightTransfers'],
    ['trip-records'],
  ),
  factor(
    '§5.4',
    'Informal drivers with no contract; no record of pick-ups and destinations',
    [TOUR, sup('ground-transport')],
    ['informalDrivers', 'ctlTripRecords'],
    ['trip-records'],
  ),
  factor(
    '§5.4',
    'Transport subcontracted to other companies or independent drivers',
    [TOUR],
    ['subcontractedTransport'],
    ['trip-records'],
  ),
  factor(
    '§5.4',
    'Staff at airports, stations and on board not trained to spot a child under control',
    [sup('airlines-rail')],
    ['ctlCrewTraining'],
    ['crew-training'],
  ),

  // §5.5 ICT, booking and online services.
  factor(
    '§5.5',
    'Bookings without identity data; anonymous payment',
    [sup('platforms')],
    ['anonymousBookings', 'anonymousPayment'],
    ['require-identity'],
  ),
  factor(
    '§5.5',
    'Listings that allow hourly stays or suggest "discreet" services',
    [sup('platforms')],
    ['hourlyListings'],
    ['remove-hourly-listings'],
  ),
  factor(
    '§5.5',
    'Adverts that sexualise or exploit images of children',
    [sup('platforms')],
    ['sexualisedAds'],
    ['moderate-listings'],
  ),
  factor(
    '§5.5',
    'Host–guest messaging without moderation or a way to report abuse',
    [sup('platforms')],
    ['ctlReportAbuse'],
    ['report-abuse'],
  ),
  factor(
    '§5.5',
    'Livestreaming from rooms',
    [sup('platforms')],
    ['livestreaming'],
    ['stop-livestreaming'],
  ),
  factor(
    '§5.5',
    'No process to preserve and hand over data on a lawful police request',
    [sup('platforms')],
    ['ctlPoliceRequests'],
    ['police-requests'],
  ),

  // §7 Supplier categories' own concerns.
  factor(
    '§7',
    'Recruitment agencies: under-age workers, fees charged to workers',
    [sup('staffing')],
    ['placesMinors', 'feesToWorkers', 'ctlAgeDocChecks'],
    ['age-document-checks', 'no-worker-fees'],
  ),
  factor(
    '§7',
    'Restaurants, bars, nightlife, spas: young visitors, age checks',
    [sup('nightlife')],
    ['openToAll', 'ctlAgeChecks'],
    ['age-checks'],
  ),

  // §8 Red flags, each with the action that answers it.
  flag(
    'Orphanage or residential-care visits, donations or volunteering in products',
    [ACC, TOUR, sup('excursions'), sup('volunteering')],
    ['excursionOrphanage', 'orphanageVisits', 'residentialCare'],
    ['orphanage-visits'],
    ['remove-orphanage-visits', 'remove-residential-care'],
  ),
  flag(
    'Volunteers allowed unsupervised access to children, or placed without criminal-record checks',
    [TOUR, sup('volunteering')],
    ['volunteerUnsupervised', 'volunteerRecordChecks'],
    ['volunteers-unchecked'],
    ['volunteer-checks'],
  ),
  flag(
    'Visitors allowed unsupervised access to children',
    [TOUR, sup('excursions')],
    ['visitorsAlone'],
    ['visitors-unsupervised'],
    ['supervise-visits'],
  ),
  flag(
    'Rooms rented by the hour with no identity check of every occupant',
    [ACC, sup('accommodation'), sup('platforms')],
    ['hourlyRental', 'hourlyIdAll', 'hourlyListings', 'anonymousBookings'],
    ['hourly-without-id'],
    ['stop-hourly-rentals', 'remove-hourly-listings'],
  ),
  flag(
    'Minors accepted in rooms with unrelated adults without any check or record',
    [ACC, sup('accommodation'), sup('rentals-homestays')],
    ['minorsUnrelatedAdults'],
    ['minors-unrelated-adults'],
    ['guest-and-visitor-rule', 'guest-check-in', 'minors-check'],
  ),
  flag(
    'Products that present children as the attraction',
    [ACC, TOUR, sup('excursions')],
    ['childrenAsAttraction'],
    ['children-as-attraction'],
    ['redesign-child-contact'],
  ),
  flag(
    'A supplier or partner that refuses the child-protection clause',
    ALL,
    ['supplierRefusedClause', 'registerClause'],
    ['supplier-refused-clause'],
    ['resolve-clause-refusal'],
  ),
  flag(
    'A known past incident with no corrective action',
    ALL,
    ['pastIncident'],
    ['incident-uncorrected'],
    ['correct-incident'],
  ),
  flag(
    'Staff or guides reported to have steered travellers to venues where children are exploited',
    [ACC, TOUR, sup('ground-transport'), sup('guides'), sup('nightlife')],
    ['staffSteering', 'guideSteering', 'driverSteering'],
    ['staff-steering', 'guide-steering'],
    ['stop-staff-steering', 'stop-guide-steering', 'stop-driver-steering'],
  ),
  flag(
    'Guest network with no filtering of known abuse-material sites',
    [ACC, sup('accommodation'), sup('nightlife')],
    ['ctlWifiFilter'],
    ['unfiltered-network'],
    ['filter-guest-network'],
  ),

  // §9 The method itself.
  {
    brief: '§9',
    kind: 'method',
    text: '"Don\'t know" counts as the riskier answer and is marked unverified',
    sets: ALL,
    questions: [],
    actions: ['find-out'],
  },
  {
    brief: '§9',
    kind: 'method',
    text: 'A control rated 3 is in use and checked; without one, likelihood falls at most one level',
    sets: ALL,
    questions: [],
    actions: ['check-safeguards'],
  },
];
