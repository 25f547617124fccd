import type { Knex } from 'knex';
import { withTenant, type TenantRef } from '../tenancy/with-tenant.ts';
import { Calendar, type Festivo } from './calendar.ts';
import { CalendarError } from './calendar.errors.ts';
import { listFestivos, publishedYears } from './dias-inhabiles.repository.ts';

/**
 * A tenant's Calendar for the engine, built from its `dias_inhabiles` rows and cached per
 * tenant. It covers the published years: from the first year that has official (national or
 * autonomic) rows to the last one with no gap, so a plazo running into a year whose calendar
 * is not there yet fails with year_not_covered instead of counting weekends only.
 *
 * Edits made by this process drop the entry at once (invalidateTenantCalendar, called after
 * the edit's transaction commits); other processes of the deployment rebuild within TTL_MS.
 */
const TTL_MS = 30_000;
const cache = new Map<string, { at: number; calendar: Promise<Calendar> }>();

export function tenantCalendar(tenant: TenantRef): Promise<Calendar> {
  const hit = cache.get(tenant.slug);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.calendar;
  const calendar = withTenant(tenant, (db) => buildTenantCalendar(db));
  cache.set(tenant.slug, { at: Date.now(), calendar });
  calendar.catch(() => { if (cache.get(tenant.slug)?.calendar === calendar) cache.delete(tenant.slug); });
  return calendar;
}

export function invalidateTenantCalendar(slug: string): void {
  cache.delete(slug);
}

export async function buildTenantCalendar(db: Knex.Transaction): Promise<Calendar> {
  const years = await publishedYears(db);
  if (years.length === 0) throw new CalendarError('year_not_covered', { year: new Date().getUTCFullYear() });
  const firstYear = years[0]!;
  let lastYear = firstYear;
  while (years.includes(lastYear + 1)) lastYear++;
  const festivos: Festivo[] = await listFestivos(db, { from: `${firstYear}-01-01`, to: `${lastYear}-12-31` });
  return new Calendar({ firstYear, lastYear, festivos });
}
