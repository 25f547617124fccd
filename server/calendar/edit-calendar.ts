import type { z } from 'zod';
import type { Tenant } from '../platform/types.ts';
import { withTenant } from '../tenancy/with-tenant.ts';
import { cleanNames, type FestivoNames } from './calendar.ts';
import { CalendarError } from './calendar.errors.ts';
import { parseIsoDate } from './civil-date.ts';
import type { CalendarEdit } from './calendar.schemas.ts';
import { deleteFestivo, findFestivo, insertFestivo, insertFestivos, listFestivosOfYear, publishedYears, renameFestivo } from './dias-inhabiles.repository.ts';
import { isCommunityCode } from './communities.ts';
import { officialFestivos } from './seed-calendar.ts';
import { invalidateTenantCalendar } from './tenant-calendar.ts';

/**
 * Staff edits of the días inhábiles: add, remove or rename a day of a layer. The changes of
 * one request are applied in ONE transaction, in order; the first invalid one (impossible
 * date, a day already there or not there, a name missing for one of the sede's languages)
 * throws, and the whole edit is rolled back: the calendar is never left half-edited.
 */
export type CalendarEditInput = z.infer<typeof CalendarEdit>;

function checkNames(tenant: Tenant, names: unknown, field: string): FestivoNames {
  const clean = cleanNames(names);
  const ok = clean && tenant.languages.every((l) => clean[l]) && Object.keys(clean).every((l) => tenant.languages.includes(l as never));
  if (!ok) throw new CalendarError('festivo_name_missing').atField(field);
  return clean;
}

function checkDate(date: string, field: string): string {
  try {
    parseIsoDate(date);
  } catch (e) {
    throw e instanceof CalendarError ? e.atField(field) : e;
  }
  return date;
}

export async function editCalendar(tenant: Tenant, input: CalendarEditInput): Promise<{ applied: number }> {
  await withTenant(tenant, async (db) => {
    for (const [i, c] of input.changes.entries()) {
      const date = checkDate(c.date, `changes.${i}.date`);
      const existing = await findFestivo(db, date, c.layer);
      if (c.op === 'add') {
        const names = checkNames(tenant, c.names, `changes.${i}.names`);
        if (existing) throw new CalendarError('duplicate_festivo', { date }).atField(`changes.${i}.date`);
        await insertFestivo(db, { date, layer: c.layer, names });
      } else if (c.op === 'remove') {
        if (!existing || !(await deleteFestivo(db, date, c.layer))) throw new CalendarError('festivo_not_found', { date }).atField(`changes.${i}.date`);
      } else {
        const names = checkNames(tenant, c.names, `changes.${i}.names`);
        if (!existing || !(await renameFestivo(db, date, c.layer, names))) throw new CalendarError('festivo_not_found', { date }).atField(`changes.${i}.date`);
      }
    }
  });
  invalidateTenantCalendar(tenant.slug);
  return { applied: input.changes.length };
}

/** Publishes a new year: its national and autonomic days from date-holidays, to be checked by staff. */
export async function seedCalendarYear(tenant: Tenant, year: number): Promise<{ added: number }> {
  if (!isCommunityCode(tenant.community)) throw new CalendarError('unknown_community', { community: tenant.community });
  const community = tenant.community;
  const festivos = officialFestivos(community, [year], tenant.languages);
  await withTenant(tenant, async (db) => {
    if ((await publishedYears(db)).includes(year)) throw new CalendarError('year_already_seeded', { year });
    await insertFestivos(db, festivos);
  });
  invalidateTenantCalendar(tenant.slug);
  return { added: festivos.length };
}

/** Every row of a year, with all its names, for the staff editor (published or not). */
export async function calendarRowsOfYear(tenant: Tenant, year: number) {
  return withTenant(tenant, async (db) => ({ year, published: (await publishedYears(db)).includes(year), festivos: await listFestivosOfYear(db, year) }));
}
