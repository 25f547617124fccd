import type { Tenant } from '../platform/types.ts';
import { NotFound } from '../errors/app-error.ts';
import { festivoName } from './calendar.ts';
import { isoWeekday, parseIsoDate } from './civil-date.ts';
import { festivoView, motivoView, type ViewContext } from './calendar-views.ts';
import { tenantCalendar } from './tenant-calendar.ts';

/**
 * The sede's calendar of días inhábiles for one year (LPAC 31.3), as published: its
 * festivos by layer and every día inhábil with its reasons (weekends included), plus the
 * years the sede has published. A year not published is a 404, not an empty calendar.
 */
export async function publishedCalendar(tenant: Tenant, year: number, v: ViewContext) {
  const calendar = await tenantCalendar(tenant);
  if (year < calendar.firstYear || year > calendar.lastYear) throw new NotFound('calendar:errors.yearNotCovered', { year });
  const prefix = `${year}-`;
  return {
    year,
    firstYear: calendar.firstYear,
    lastYear: calendar.lastYear,
    weekendsInhabiles: true,
    festivos: calendar.festivos.filter((f) => f.date.startsWith(prefix)).map((f) => festivoView(f, v)),
    diasInhabiles: calendar.diasInhabiles({ weekends: true }).filter((d) => d.date.startsWith(prefix))
      .map((d) => ({ date: d.date, motivos: d.motivos.map((m) => motivoView(m, v)) })),
  };
}

/** One entry per festivo date (several layers on one day are one día inhábil). */
export async function festivoDays(tenant: Tenant, year: number, v: ViewContext) {
  const calendar = await tenantCalendar(tenant);
  if (year < calendar.firstYear || year > calendar.lastYear) throw new NotFound('calendar:errors.yearNotCovered', { year });
  const days = new Map<string, { date: string; weekday: number; names: string[]; layers: string[] }>();
  for (const f of calendar.festivos.filter((x) => x.date.startsWith(`${year}-`))) {
    const day = days.get(f.date) ?? { date: f.date, weekday: isoWeekday(parseIsoDate(f.date)), names: [], layers: [] };
    day.names.push(festivoName(f.names, v.lng, v.defaultLanguage));
    day.layers.push(v.t(`calendar:layers.${f.layer}`));
    days.set(f.date, day);
  }
  return [...days.values()];
}
