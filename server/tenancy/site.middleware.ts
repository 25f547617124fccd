import type { NextFunction, Request, Response } from 'express';
import { SedeNotFound, SedeSuspended } from '../errors/app-error.ts';
import { directoryIsFresh, resolveSite, resolveSiteNow } from './tenant-directory.ts';

/** Puts the site (portal or sede) on the request from its Host header. */
export async function siteMiddleware(req: Request, _res: Response, next: NextFunction): Promise<void> {
  const site = directoryIsFresh() ? resolveSiteNow(req.headers.host) : await resolveSite(req.headers.host);
  if (!site) return next(new SedeNotFound(String(req.headers.host ?? '')));
  req.site = site;
  next();
}

/** Refuses requests to a suspended sede (after the language is known, for the message). */
export function requireActiveSede(req: Request, _res: Response, next: NextFunction): void {
  if (req.site.kind === 'sede' && req.site.tenant.status === 'suspended') return next(new SedeSuspended(req.site.tenant.name));
  next();
}
