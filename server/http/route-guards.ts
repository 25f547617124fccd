import type { NextFunction, Request, Response } from 'express';
import { NotFound } from '../errors/app-error.ts';

/** Route guards: which site a route belongs to. */
export function requirePortal(req: Request, _res: Response, next: NextFunction): void {
  if (req.site.kind !== 'portal') return next(new NotFound());
  next();
}

export function requireSede(req: Request, _res: Response, next: NextFunction): void {
  if (req.site.kind !== 'sede') return next(new NotFound());
  next();
}

/** The port the visitor used, to build links to the other sedes of the deployment. */
export function requestPort(req: Request): number | undefined {
  const m = /:(\d+)$/.exec(req.headers.host ?? '');
  return m ? Number(m[1]) : undefined;
}
