import type { Request } from 'express';
import { NotFound } from '../errors/app-error.ts';
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

/** Who did it, for the records (staff login will give the person; the interim guard gives a role). */
export function actorOf(req: Request): string {
  const user = (req as { session?: { user?: { kind?: string; name?: string; id?: string | number } } }).session?.user;
  return user?.name ? String(user.name) : user?.id !== undefined ? String(user.id) : 'platform-admin';
}
