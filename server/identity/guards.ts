import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { Forbidden, InsufficientLevel, NotAuthenticated } from './identity.errors.ts';
import { meetsLevel } from './levels.ts';
import { sessionUser } from './sessions.ts';
import type { CitizenUser, PlatformAdminUser, SessionLevel, SessionUser, StaffRole, StaffUser } from './types.ts';

/**
 * Route guards over the session (mounted after the session middleware, which ignores a
 * session opened on another site). 401 without a session, 403 with the wrong kind of session,
 * a missing role on THIS tenant, or a level of assurance below the route's minimum.
 */

/** A member of this ayuntamiento's staff with at least one of `roles` (any role when none given). */
export function requireStaff(...roles: StaffRole[]): RequestHandler {
  return (req: Request, _res: Response, next: NextFunction) => {
    const user = sessionUser(req);
    if (!user) return next(new NotAuthenticated());
    if (user.kind !== 'staff' || req.site.kind !== 'sede' || user.site !== req.site.tenant.slug) return next(new Forbidden('errors:session.staffOnly'));
    if (roles.length > 0 && !roles.some((r) => user.roles.includes(r))) return next(new Forbidden('errors:session.missingRole'));
    next();
  };
}

/** A citizen (or representative) logged in on this sede. */
export function requireCitizen(req: Request, _res: Response, next: NextFunction): void {
  const user = sessionUser(req);
  if (!user) return next(new NotAuthenticated());
  if (user.kind !== 'citizen' || req.site.kind !== 'sede' || user.site !== req.site.tenant.slug) return next(new Forbidden('errors:session.citizenOnly'));
  next();
}

/** Any session whose level of assurance is at least `min` (trámites declare theirs). */
export function requireLevel(min: SessionLevel): RequestHandler {
  return (req: Request, _res: Response, next: NextFunction) => {
    const user = sessionUser(req);
    if (!user) return next(new NotAuthenticated());
    if (!meetsLevel(user.auth.levelOfAssurance, min)) return next(new InsufficientLevel(min));
    next();
  };
}

/** Any logged-in person on this site. */
export function requireSession(req: Request, _res: Response, next: NextFunction): void {
  if (!sessionUser(req)) return next(new NotAuthenticated());
  next();
}

/** Typed accessors for handlers behind the guards. */
export const citizenOf = (req: Request): CitizenUser => sessionUser(req) as CitizenUser;
export const staffOf = (req: Request): StaffUser => sessionUser(req) as StaffUser;
export const platformAdminOf = (req: Request): PlatformAdminUser | undefined => {
  const u: SessionUser | undefined = sessionUser(req);
  return u?.kind === 'platform-admin' ? u : undefined;
};
