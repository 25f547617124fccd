import type { z } from 'zod';
import { NotFound } from '../errors/app-error.ts';
import type { Tenant } from '../platform/types.ts';
import { withTenant } from '../tenancy/with-tenant.ts';
import { cleanNames, festivoName, type FestivoNames } from './calendar.ts';
import { CalendarError } from './calendar.errors.ts';
import { parseIsoDate } from './civil-date.ts';
import type { ViewContext } from './calendar-views.ts';
import type { ExtensionInput, InterruptionInput, InterruptionPatch } from './calendar.schemas.ts';
import { dateParams, unitLabel } from './explain.ts';
import {
  findInterruption, insertExtension, insertInterruption, listInterruptions, updateInterruption, type InterruptionRecord,
} from './interruptions.repository.ts';
import { formatZonedInstant, parseInstant, toZoned } from './madrid-time.ts';
import { checkAmount } from './plazo.ts';

/**
 * Service interruptions of the sede: planned ones are announced in advance; unplanned ones
 * are recorded by staff once they happened. After an unplanned one the ayuntamiento MAY
 * extend the plazos not yet expired (LPAC 32.4) and must publish both the incident and the
 * extension in the sede: the extension is recorded with the interruption (days, unit, the
 * window of vencimientos it covers, the reason) and shown in the public list, and the
 * public plazo calculator applies it.
 */
function texts(tenant: Tenant, value: unknown, field: string): FestivoNames {
  const clean = cleanNames(value);
  if (!clean || !tenant.languages.every((l) => clean[l]) || !Object.keys(clean).every((l) => tenant.languages.includes(l as never))) {
    throw new CalendarError('invalid_interruption', { field }).atField(field);
  }
  return clean;
}

function instant(value: string, field: string): number {
  try {
    return parseInstant(value);
  } catch (e) {
    throw e instanceof CalendarError ? e.atField(field) : e;
  }
}

export async function recordInterruption(tenant: Tenant, input: z.infer<typeof InterruptionInput>, actor: string, now = Date.now()): Promise<InterruptionRecord> {
  const starts = instant(input.startsAt, 'startsAt');
  const ends = input.endsAt ? instant(input.endsAt, 'endsAt') : null;
  if (ends !== null && ends < starts) throw new CalendarError('invalid_interruption', { field: 'endsAt' }).atField('endsAt');
  // Planned: announced before it starts. Unplanned: recorded once it has started.
  if (input.kind === 'planned' && starts <= now) throw new CalendarError('invalid_interruption', { field: 'startsAt' }).atField('startsAt');
  if (input.kind === 'unplanned' && starts > now) throw new CalendarError('interruption_in_future').atField('startsAt');
  const descriptions = texts(tenant, input.descriptions, 'descriptions');
  return withTenant(tenant, async (db) => {
    const id = await insertInterruption(db, {
      kind: input.kind, startsAt: new Date(starts).toISOString(), endsAt: ends === null ? null : new Date(ends).toISOString(), descriptions, createdBy: actor,
    });
    return (await findInterruption(db, id))!;
  });
}

export async function changeInterruption(tenant: Tenant, id: number, patch: z.infer<typeof InterruptionPatch>): Promise<InterruptionRecord> {
  return withTenant(tenant, async (db) => {
    const current = await findInterruption(db, id, { forUpdate: true });
    if (!current) throw new NotFound('calendar:errors.interruptionNotFound');
    let endsAt: string | null | undefined;
    if (patch.endsAt !== undefined) {
      const ends = patch.endsAt === null ? null : instant(patch.endsAt, 'endsAt');
      if (ends !== null && ends < Date.parse(current.startsAt)) throw new CalendarError('invalid_interruption', { field: 'endsAt' }).atField('endsAt');
      endsAt = ends === null ? null : new Date(ends).toISOString();
    }
    await updateInterruption(db, id, { endsAt, descriptions: patch.descriptions ? texts(tenant, patch.descriptions, 'descriptions') : undefined });
    return (await findInterruption(db, id))!;
  });
}

/** LPAC 32.4: extends by `amount` días the plazos whose vencimiento falls in [start day, affectedTo]. */
export async function grantExtension(tenant: Tenant, id: number, input: z.infer<typeof ExtensionInput>, actor: string, now = Date.now()): Promise<InterruptionRecord> {
  const unit = input.unit ?? 'habiles';
  try {
    checkAmount(input.amount, unit);
  } catch (e) {
    throw e instanceof CalendarError ? e.atField('amount') : e;
  }
  const reasons = texts(tenant, input.reasons, 'reasons');
  const result = await withTenant(tenant, async (db) => {
    const current = await findInterruption(db, id, { forUpdate: true });
    if (!current) throw new NotFound('calendar:errors.interruptionNotFound');
    if (current.kind !== 'unplanned') throw new CalendarError('interruption_planned');
    if (Date.parse(current.startsAt) > now) throw new CalendarError('interruption_in_future');
    if (current.extension) throw new CalendarError('extension_exists');
    const affectedFrom = toZoned(Date.parse(current.startsAt)).date;
    let affectedTo = input.affectedTo ?? toZoned(current.endsAt ? Date.parse(current.endsAt) : Date.parse(current.startsAt)).date;
    try {
      parseIsoDate(affectedTo);
    } catch (e) {
      throw e instanceof CalendarError ? e.atField('affectedTo') : e;
    }
    if (affectedTo < affectedFrom) throw new CalendarError('invalid_interruption', { field: 'affectedTo' }).atField('affectedTo');
    await insertExtension(db, { interruptionId: id, amount: input.amount, unit, affectedFrom, affectedTo, reasons, decidedBy: actor });
    return (await findInterruption(db, id))!;
  });
  return result;
}

/** The public list, in the request's language, newest first, with each 32.4 extension said in words. */
export async function publishedInterruptions(tenant: Tenant, v: ViewContext, now = Date.now()) {
  const records = await withTenant(tenant, (db) => listInterruptions(db));
  return records.map((r) => {
    const x = r.extension;
    return {
      id: r.id, kind: r.kind, kindLabel: v.t(`calendar:interruptions.kind.${r.kind}`),
      startsAt: formatZonedInstant(Date.parse(r.startsAt)), endsAt: r.endsAt ? formatZonedInstant(Date.parse(r.endsAt)) : null,
      status: Date.parse(r.startsAt) > now ? 'announced' : r.endsAt && Date.parse(r.endsAt) <= now ? 'ended' : 'ongoing',
      description: festivoName(r.descriptions, v.lng, v.defaultLanguage), descriptions: r.descriptions,
      extension: x && {
        amount: x.amount, unit: x.unit, affectedFrom: x.affectedFrom, affectedTo: x.affectedTo,
        reason: festivoName(x.reasons, v.lng, v.defaultLanguage), reasons: x.reasons, decidedAt: formatZonedInstant(Date.parse(x.decidedAt)),
        summary: v.t('calendar:interruptions.extensionSummary', {
          amount: x.amount, unit: unitLabel(v.lng, x.unit, x.amount), ...dateParams(v.lng, 'from', x.affectedFrom), ...dateParams(v.lng, 'to', x.affectedTo),
        }),
      },
    };
  });
}
