import { Assessment, PlanEntry } from '../../src/app/domain/assessment/assessment';
import { newAssessment } from '../../src/app/domain/assessment/new-assessment';
import { SUPPLIER_SETS } from '../../src/app/domain/questionnaire/sets/supplier-sets';
import { scoreAssessment } from '../../src/app/domain/scoring/score-assessment';
import { Band } from '../../src/app/domain/scoring/risk-band';
import { withRegisterFacts } from '../../src/app/domain/suppliers/register-facts';
import { ClauseStatus, Supplier } from '../../src/app/domain/suppliers/supplier';
import {
  SUPPLIER_CATEGORIES,
  SupplierCategory,
} from '../../src/app/domain/suppliers/supplier-category';
import { completeAnswers } from './answers';
import { Random, seededRandom, seededUuid } from './random';

/** A tour operator's register: every supplier assessed, so every row has a band. */
export interface Portfolio {
  readonly suppliers: Supplier[];
  readonly assessments: Assessment[];
}

const PLACES: Readonly<Record<string, readonly string[]>> = {
  Kenya: ['Mombasa', 'Nairobi', 'Malindi', 'Diani', 'Kisumu'],
  Benin: ['Cotonou', 'Ouidah', 'Porto-Novo', 'Grand-Popo'],
  'Viet Nam': ['Hanoi', 'Hoi An', 'Da Nang', 'Nha Trang', 'Sa Pa'],
  Cambodia: ['Siem Reap', 'Phnom Penh', 'Kampot'],
  Thailand: ['Chiang Mai', 'Pattaya', 'Phuket', 'Krabi'],
  Tanzania: ['Zanzibar', 'Arusha', 'Moshi'],
  Senegal: ['Dakar', 'Saly', 'Saint-Louis'],
  Philippines: ['Cebu', 'Boracay', 'El Nido'],
  Nepal: ['Kathmandu', 'Pokhara'],
  Peru: ['Cusco', 'Lima', 'Arequipa'],
};
const COUNTRIES = Object.keys(PLACES);

const WORDS = ['Blue', 'Palm', 'Coral', 'Sunrise', 'River', 'Lagoon', 'Golden', 'Green', 'Harbour'];
const KINDS: Readonly<Record<SupplierCategory, readonly string[]>> = {
  accommodation: ['Hotel', 'Lodge', 'Guesthouse', 'Resort'],
  'rentals-homestays': ['Homestay', 'Villas', 'Apartments'],
  'ground-transport': ['Transfers', 'Coaches', 'Boats', 'Taxis'],
  'airlines-rail': ['Air', 'Rail'],
  excursions: ['Adventures', 'Excursions', 'Diving'],
  guides: ['Guides', 'Walks'],
  volunteering: ['Volunteers', 'Projects'],
  nightlife: ['Bar', 'Spa', 'Restaurant'],
  'destination-management': ['DMC', 'Travel'],
  staffing: ['Staffing', 'Recruitment'],
  platforms: ['Bookings', 'Tech'],
};

// Most suppliers signed the clause; a few refused it, which makes them Very high on that alone.
const CLAUSES: readonly ClauseStatus[] = [
  ...Array<ClauseStatus>(11).fill('signed'),
  ...Array<ClauseStatus>(4).fill('sent'),
  ...Array<ClauseStatus>(4).fill('none'),
  'refused',
];

// Shares of questions answered at random (see completeAnswers): a spread of Low to Very high.
const RISKINESS = [0.05, 0.15, 0.3, 0.45];

const BASE_TIME = Date.parse('2026-01-05T08:00:00.000Z');
const iso = (minutes: number) => new Date(BASE_TIME + minutes * 60_000).toISOString();

/** `count` suppliers, each with a complete desk or supplier-answered assessment. */
export function portfolioOf(count: number, seed = 2026): Portfolio {
  const random = seededRandom(seed);
  const names = new Set<string>();
  const suppliers: Supplier[] = [];
  const assessments: Assessment[] = [];
  for (let i = 0; i < count; i++) {
    const category = random.pick(SUPPLIER_CATEGORIES);
    const country = random.pick(COUNTRIES);
    const locality = random.pick(PLACES[country]);
    let name = `${random.pick(WORDS)} ${random.pick(KINDS[category])} ${locality}`;
    if (names.has(name)) name = `${name} ${i + 1}`;
    names.add(name);
    const set = SUPPLIER_SETS[category];
    const answeredBy = random.chance(0.3) ? 'supplier' : 'operator';
    const supplier: Supplier = {
      id: seededUuid(random),
      name,
      category,
      country,
      locality,
      // Skewed: many small suppliers, a few large ones.
      volume: Math.round(20 + 30_000 * random.next() ** 3),
      clauseStatus: random.pick(CLAUSES),
      contact: `bookings@${name.toLowerCase().replace(/[^a-z0-9]+/g, '')}.example`,
      createdAt: iso(i),
      updatedAt: iso(i),
      ...(answeredBy === 'supplier'
        ? {
            requests: [
              {
                requestId: seededUuid(random),
                setId: set.id,
                setVersion: set.version,
                sentAt: iso(i + 10),
              },
            ],
          }
        : {}),
    };
    const answers = completeAnswers(
      set,
      { businessName: name, country, locality },
      random,
      random.pick(RISKINESS),
    );
    assessments.push({
      ...newAssessment(set, seededUuid(random), iso(i + 20)),
      answers,
      plan: random.chance(0.1)
        ? followUp(
            set.actions.map((a) => a.id),
            random,
          )
        : {},
      step: set.sections.length - 1,
      updatedAt: iso(i + 30),
      supplier: { supplierId: supplier.id, answeredBy },
    });
    suppliers.push(supplier);
  }
  return { suppliers, assessments };
}

/** One dated follow-up, so the page's "overdue" list has the few entries a real register would. */
function followUp(actionIds: readonly string[], random: Random): Record<string, PlanEntry> {
  const month = String(1 + random.int(12)).padStart(2, '0');
  return {
    [random.pick(actionIds)]: {
      owner: random.pick(['Purchasing', 'Product manager', 'Sustainability lead']),
      due: `${random.pick(['2026', '2027'])}-${month}-15`,
      status: random.pick(['not-started', 'in-progress', 'done'] as const),
      note: '',
    },
  };
}

/** A supplier's band as its page shows it: its answers scored with the register's facts. */
export function bandOf(supplier: Supplier, assessment: Assessment): Band {
  const set = SUPPLIER_SETS[supplier.category];
  return scoreAssessment(set, withRegisterFacts(assessment.answers, supplier)).overall.band;
}
