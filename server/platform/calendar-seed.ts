import Holidays from 'date-holidays';
import type { DiaInhabil } from '../calendar/dias-inhabiles.repository.ts';
import { LANGUAGES } from '../i18n/languages.ts';

/**
 * The national and autonomic días inhábiles a new ayuntamiento starts with, for the current
 * and the next year, from date-holidays (then editable by staff: official calendars differ
 * from any library). Only public holidays count.
 */
export function calendarSeed(community: string, today = new Date()): DiaInhabil[] {
  const year = today.getUTCFullYear();
  const national = new Holidays('ES');
  const regional = new Holidays('ES', community);
  const out: DiaInhabil[] = [];
  for (const y of [year, year + 1]) {
    const nationalDates = new Set(national.getHolidays(y).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10)));
    const byLang = LANGUAGES.map((lng) => [lng, regional.getHolidays(y, lng).filter((h) => h.type === 'public')] as const);
    const [, base] = byLang[0]!;
    base.forEach((h, i) => {
      const fecha = h.date.slice(0, 10);
      const names = Object.fromEntries(byLang.map(([lng, list]) => [lng, list[i]?.name ?? h.name]));
      out.push({ fecha, layer: nationalDates.has(fecha) ? 'national' : 'autonomic', names });
    });
  }
  return out;
}
