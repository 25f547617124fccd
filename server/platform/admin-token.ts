import { randomBytes, timingSafeEqual, createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { NextFunction, Request, Response } from 'express';
import { config } from '../config.ts';
import { Unauthorized } from '../errors/app-error.ts';

/**
 * Diputación admin access until staff login (certificate / password + TOTP) lands with the
 * identity work: a bearer token, PLATFORM_ADMIN_TOKEN, or in demo mode one generated into
 * DATA_DIR/admin-token and printed at start. Compared in constant time.
 */
let cached: string | undefined;

export function platformAdminToken(): string {
  if (cached) return cached;
  const cfg = config();
  if (cfg.PLATFORM_ADMIN_TOKEN) return (cached = cfg.PLATFORM_ADMIN_TOKEN);
  if (!cfg.DEMO_MODE) throw new Error('PLATFORM_ADMIN_TOKEN is required outside demo mode');
  const file = path.join(cfg.DATA_DIR, 'admin-token');
  if (!existsSync(file)) {
    mkdirSync(cfg.DATA_DIR, { recursive: true });
    writeFileSync(file, randomBytes(24).toString('base64url'), { mode: 0o600 });
  }
  return (cached = readFileSync(file, 'utf8').trim());
}

const digest = (s: string) => createHash('sha256').update(s).digest();

export function requirePlatformAdmin(req: Request, _res: Response, next: NextFunction): void {
  const header = req.headers.authorization ?? '';
  const given = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
  if (!given || !timingSafeEqual(digest(given), digest(platformAdminToken()))) return next(new Unauthorized('errors:adminTokenRequired'));
  next();
}
