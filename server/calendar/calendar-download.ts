import type { Request, Response } from 'express';
import { festivoName } from './calendar.ts';
import { toCsv, toIcs } from './calendar-export.ts';
import { tenantOf, viewOf, yearOf } from './calendar-request.ts';
import { festivoDays } from './publish-calendar.ts';

/** GET /calendar/:year.ics|.csv: the published year as a file to download. */
export async function calendarFile(req: Request, res: Response, kind: 'ics' | 'csv'): Promise<void> {
  const tenant = tenantOf(req);
  const year = yearOf(req);
  const v = viewOf(req);
  const days = await festivoDays(tenant, year, v);
  const filename = `dias-inhabiles-${tenant.slug}-${year}.${kind}`;
  res.set({ 'Content-Disposition': `attachment; filename="${filename}"`, 'Cache-Control': 'no-cache', 'Content-Language': v.lng });
  if (kind === 'csv') return void res.type('text/csv; charset=utf-8').send(toCsv(days, v));
  const sede = festivoName(tenant.names, v.lng, tenant.defaultLanguage) || tenant.name;
  res.type('text/calendar; charset=utf-8').send(toIcs(days, { t: v.t, year, sede, host: String(req.hostname || tenant.slug), now: new Date() }));
}
