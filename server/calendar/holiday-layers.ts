import Holidays from 'date-holidays';
import { CalendarError } from './calendar.errors.ts';
import { community, isCommunityCode, type CommunityCode } from './communities.ts';
import type { IsoDate } from './civil-date.ts';
import type { Festivo } from './calendar.ts';
import { holidayNames } from './holiday-names.ts';

/**
 * The national and autonomic layers of días inhábiles (LPAC 30.7) for one community and
 * year, from the `date-holidays` package (country ES, the community's state code).
 *
 * - Only days of type 'public' count; 'observance' days (Mother's Day, Easter Sunday…) do not.
 * - Layer 'national' = a day that date-holidays lists for ES with no state (the common days of
 *   the BOE list). Every other public day of the community's list is 'autonomic': its own
 *   day, Jueves Santo, San José, Lunes de Pascua, Santiago and the Monday substitutes the
 *   community chose. That is how the BOE presents them: the State fixes the common days and
 *   each community adds or moves the rest.
 * - date-holidays encodes rules, not each year's decree. Known gaps for 2026 (DEMO-TOWNS.md):
 *   Murcia's 9 June (Día de la Región) is missing and Balears' 26 December is an
 *   'observance' only. Tenants supply such corrections as extra festivos (see
 *   communityCalendar), and the official CA calendar stays the reference.
 * Local holidays (two per town) are not here: each ayuntamiento supplies them as data.
 * Names: es/ca/eu from the locales (holiday-names.ts), not date-holidays' own translations.
 *
 * Pure: the same (community, year) always gives the same frozen list, so it is memoised.
 */
export const HOLIDAY_FIRST_YEAR = 2016; // LPAC in force 2 Oct 2016
export const HOLIDAY_LAST_YEAR = 2100;

export type HolidayLayerFestivo = Festivo & { readonly layer: 'national' | 'autonomic' };

const cache = new Map<string, readonly HolidayLayerFestivo[]>();

export function holidayLayers(code: CommunityCode, year: number): readonly HolidayLayerFestivo[] {
  if (!isCommunityCode(code)) throw new CalendarError('unknown_community', { community: String(code) });
  if (!Number.isInteger(year) || year < HOLIDAY_FIRST_YEAR || year > HOLIDAY_LAST_YEAR) {
    throw new CalendarError('year_not_covered', { year: String(year) });
  }
  const key = `${code}:${year}`;
  let layers = cache.get(key);
  if (!layers) {
    const national = new Set(publicDays(new Holidays('ES', { languages: ['es'] }), year).map((h) => h.date));
    const state = new Holidays('ES', community(code).dateHolidaysState, { languages: ['es'] });
    const seen = new Set<string>();
    const list: HolidayLayerFestivo[] = [];
    for (const h of publicDays(state, year)) {
      if (seen.has(h.date)) continue; // one entry per day; date-holidays never lists two public ones
      seen.add(h.date);
      list.push(Object.freeze({ date: h.date, layer: national.has(h.date) ? 'national' : 'autonomic', names: holidayNames(h.name) }));
    }
    layers = Object.freeze(list);
    cache.set(key, layers);
  }
  return layers;
}

function publicDays(hd: Holidays, year: number): { date: IsoDate; name: string }[] {
  return hd.getHolidays(year, 'es')
    .filter((h) => h.type === 'public')
    .map((h) => ({ date: h.date.slice(0, 10), name: h.name }))
    .filter((h) => h.date.startsWith(`${year}-`));
}
