import { communityCalendar } from '../../../server/calendar/community-calendar.ts';
import type { Calendar } from '../../../server/calendar/calendar.ts';

/**
 * The five demo towns' calendars for 2026–2027 (2028–2029 where a test needs them).
 * National + autonomic days come from date-holidays; the local days are the demo data of
 * tenants/<slug>/tenant.json (DEMO-TOWNS.md: Calamonte's are sourced, most others demo).
 */
const cache = new Map<string, Calendar>();
const once = (key: string, build: () => Calendar): Calendar => {
  if (!cache.has(key)) cache.set(key, build());
  return cache.get(key)!;
};

export const calamonte = (): Calendar => once('calamonte', () => communityCalendar({
  community: 'EX', firstYear: 2026, lastYear: 2028,
  local: [{ date: '2026-03-19', names: { es: 'San José' } }, { date: '2026-05-15', names: { es: 'San Isidro Labrador' } }],
}));

export const legazpi = (): Calendar => once('legazpi', () => communityCalendar({
  community: 'PV', firstYear: 2026, lastYear: 2027,
  local: [{ date: '2026-07-31', names: { es: 'San Ignacio de Loyola' } }, { date: '2026-05-04', names: { es: 'Fiestas de Santikutz' } }],
}));

export const sonServera = (): Calendar => once('sonservera', () => communityCalendar({
  community: 'IB', firstYear: 2026, lastYear: 2027,
  local: [{ date: '2026-06-24', names: { es: 'San Juan' } }, { date: '2026-07-31', names: { es: 'San Ignacio' } }],
}));

export const ssReyes = (): Calendar => once('ssreyes', () => communityCalendar({
  community: 'MD', firstYear: 2026, lastYear: 2027,
  local: [{ date: '2026-01-20', names: { es: 'San Sebastián Mártir' } }, { date: '2026-08-31', names: { es: 'Fiestas del Cristo de los Remedios' } }],
}));

export const cartagena = (): Calendar => once('cartagena', () => communityCalendar({
  community: 'MC', firstYear: 2026, lastYear: 2027,
  local: [{ date: '2026-03-27', names: { es: 'Viernes de Dolores' } }, { date: '2026-09-25', names: { es: 'Día y Noche del Patrimonio' } }],
  // date-holidays lacks Murcia's own day; the tenant supplies it as a correction.
  corrections: [{ date: '2026-06-09', layer: 'autonomic', names: { es: 'Día de la Región de Murcia' } }],
}));

/** A generic Andalusian sede for 2028–2029 (28 Feb is Día de Andalucía). */
export const andalucia = (): Calendar => once('andalucia', () => communityCalendar({ community: 'AN', firstYear: 2028, lastYear: 2029 }));

export const TOWNS = { calamonte, legazpi, sonServera, ssReyes, cartagena } as const;
