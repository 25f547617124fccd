import type { Knex } from 'knex';
import type { Tenant } from '../platform/types.ts';
import { withTenant } from '../tenancy/with-tenant.ts';
import { CalendarError } from './calendar.errors.ts';
import { stepsView, type ViewContext } from './calendar-views.ts';
import { extendAfterInterruption } from './extension.ts';
import { festivoName } from './calendar.ts';
import { listPublishedExtensions, type PlazoExtensionRecord } from './interruptions.repository.ts';
import { computePlazo, type PlazoInput } from './plazo.ts';
import { tenantCalendar } from './tenant-calendar.ts';

/**
 * "¿Cuándo vence mi plazo?": a plazo on the tenant's calendar, with its steps and the
 * sentence that explains it in the request's language. A published LPAC 32.4 extension
 * whose window holds the vencimiento is applied and said. Side-effect free: nothing is
 * stored, which is why anyone may call it.
 */
const FIELD_OF: Partial<Record<string, string>> = {
  invalid_date: 'notified', invalid_instant: 'notified', invalid_duration: 'amount', duration_too_long: 'amount',
  hours_over_limit: 'amount', unknown_unit: 'unit',
};

export async function computeTenantPlazo(tenant: Tenant, input: PlazoInput, v: ViewContext) {
  const calendar = await tenantCalendar(tenant);
  let plazo;
  try {
    plazo = computePlazo(calendar, input);
  } catch (e) {
    const field = e instanceof CalendarError ? FIELD_OF[e.code] : undefined;
    throw field ? (e as CalendarError).atField(field) : e;
  }
  const extensions = await withTenant(tenant, (db: Knex.Transaction) => listPublishedExtensions(db));
  const applicable = extensions.find((x) => plazo.end >= x.affectedFrom && plazo.end <= x.affectedTo);
  const { amount, unit, notified, start, nominalEnd, end, notifiedAt, notifiedTime, endsAt, endTime } = plazo;
  const base = { amount, unit, notified, start, nominalEnd: nominalEnd ?? null, end, notifiedAt: notifiedAt ?? null, notifiedTime: notifiedTime ?? null, endsAt: endsAt ?? null, endTime: endTime ?? null, steps: stepsView(plazo.steps, v), explanation: plazo.explain(v.lng), calendar: { firstYear: calendar.firstYear, lastYear: calendar.lastYear } };
  if (!applicable) return { ...base, extension: null };
  const extended = applyExtension(calendar, plazo, applicable, v);
  return { ...base, end: extended.end, endsAt: extended.endsAt ?? null, steps: stepsView(extended.steps, v), explanation: `${base.explanation}. ${extended.explain(v.lng)}`, extension: {
    interruptionId: applicable.interruptionId, amount: applicable.amount, unit: applicable.unit, previousEnd: plazo.end, end: extended.end,
    reason: extended.reason, explanation: extended.explain(v.lng),
  } };
}

function applyExtension(calendar: Awaited<ReturnType<typeof tenantCalendar>>, plazo: ReturnType<typeof computePlazo>, x: PlazoExtensionRecord, v: ViewContext) {
  return extendAfterInterruption(calendar, plazo, {
    amount: x.amount, unit: x.unit, interruption: { from: x.interruptionStartsAt, reason: festivoName(x.reasons, v.lng, v.defaultLanguage) },
  });
}
