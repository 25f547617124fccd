import type { Request } from 'express';
import { NotFound } from '../errors/app-error.ts';
import { sessionUser } from '../identity/sessions.ts';
import { subjectOf } from '../identity/types.ts';
import type { Tenant } from '../platform/types.ts';
import type { ViewContext } from './calendar-views.ts';

/** The sede a request is for (routes behind requireSede), and how to show things to it. */
export function tenantOf(req: Request): Tenant {
  if (req.site.kind !== 'sede') throw new NotFound();
  return req.site.tenant;
}

export function viewOf(req: Request): ViewContext {
  return { lng: req.lng, defaultLanguage: tenantOf(req).defaultLanguage, t: req.t };
}

/** A year in the path: 4 digits within the engine's range, else 404. */
export function yearOf(req: Request): number {
  const raw = String(req.params.year ?? '');
  const year = Number(raw);
  if (!/^\d{4}$/.test(raw) || year < 2016 || year > 2100) throw new NotFound('calendar:errors.yearNotCovered', { year: raw });
  return year;
}

/** Who did it, for the records: `staff:<id>` (behind requireStaff). */
export function actorOf(req: Request): string {
  const user = sessionUser(req);
  return user ? subjectOf(user) : 'unknown';
}
