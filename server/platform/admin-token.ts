import { timingSafeEqual, createHash } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { config } from '../config.ts';
import { AppError, Unauthorized } from '../errors/app-error.ts';
import { configuredOrDemoSecret } from './data-dir-secret.ts';

/**
 * The Diputación's bearer token for machines and the CLI: PLATFORM_ADMIN_TOKEN, or in demo
 * mode one generated into DATA_DIR/admin-token and printed at start. Compared in constant
 * time. People use the admin UI with a session instead (password + TOTP, server/identity).
 */
let cached: string | undefined;

export function platformAdminToken(): string {
  cached ??= configuredOrDemoSecret({ value: config().PLATFORM_ADMIN_TOKEN, variable: 'PLATFORM_ADMIN_TOKEN', file: 'admin-token', bytes: 24 });
  return cached;
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * Diputación admin access: a bearer token (machines, the CLI) or the session of a Diputación
 * admin who logged in on the portal (the admin UI). A request with an Authorization header is
 * judged by its token alone; such requests carry no cookie credentials and skip CSRF checks.
 */
export function requirePlatformAdmin(req: Request, _res: Response, next: NextFunction): void {
  const header = req.headers.authorization;
  if (header !== undefined) {
    const given = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    if (!given || !timingSafeEqual(digest(given), digest(platformAdminToken()))) return next(new Unauthorized('errors:adminTokenRequired'));
    return next();
  }
  const user = req.user as { kind?: string } | undefined;
  if (user?.kind === 'platform-admin') return next();
  if (user) return next(new AppError({ status: 403, code: 'forbidden', key: 'errors:session.platformAdminOnly' }));
  next(new Unauthorized('errors:adminLoginRequired'));
}

/** Who did it, for the audit log: the admin's user name, or the token. */
export function platformActor(req: Request): string {
  const user = req.user as { kind?: string; username?: string } | undefined;
  return user?.kind === 'platform-admin' && !req.headers.authorization ? `admin:${user.username}` : 'platform-admin-token';
}
