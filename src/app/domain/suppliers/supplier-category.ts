import { LocaleText } from '../locale-text';

/** The supplier categories of a tourism value chain (brief §7). */
export const SUPPLIER_CATEGORIES = [
  'accommodation',
  'rentals-homestays',
  'ground-transport',
  'airlines-rail',
  'excursions',
  'guides',
  'volunteering',
  'nightlife',
  'destination-management',
  'staffing',
  'platforms',
] as const;

export type SupplierCategory = (typeof SUPPLIER_CATEGORIES)[number];

export const CATEGORY_TITLES: Readonly<Record<SupplierCategory, LocaleText>> = {
  accommodation: { en: 'Hotels, resorts, guesthouses' },
  'rentals-homestays': { en: 'Short-term rentals, homestays' },
  'ground-transport': { en: 'Ground transport (transfers, coaches, taxis, boats)' },
  'airlines-rail': { en: 'Airlines, rail' },
  excursions: { en: 'Excursion and activity providers' },
  guides: { en: 'Guides and tour leaders' },
  volunteering: { en: 'Volunteer-placement organisations and projects' },
  nightlife: { en: 'Restaurants, bars, nightlife, spas' },
  'destination-management': { en: 'Incoming / destination management companies' },
  staffing: { en: 'Recruitment and staffing agencies' },
  platforms: { en: 'Booking platforms and tech providers' },
};

export function isSupplierCategory(value: string): value is SupplierCategory {
  return (SUPPLIER_CATEGORIES as readonly string[]).includes(value);
}
