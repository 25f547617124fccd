import { randomBytes } from 'node:crypto';
import type { Request, Response } from 'express';
import { config } from '../config.ts';
import { isTrustedProxy } from '../http/trusted-proxies.ts';
import { hostnameOf } from '../tenancy/tenant-directory.ts';
import { redeemTicket } from './tickets.ts';
import { siteKey, startSession } from './sessions.ts';
import type { SessionUser } from './types.ts';

/**
 * The sede's half of a certificate login: `start` sets a login-state cookie and sends the
 * browser to the HTTPS listener (which asks for the certificate); `finish` exchanges the
 * one-time ticket the listener sent back for a session of this sede.
 */
export const LOGIN_STATE_COOKIE = 'sede_login_state';
export const LOGIN_PATH = '/api/session/certificate/login';
export const CALLBACK_PATH = '/api/session/certificate/callback';

/** Only paths on this same site: "/x", never "//host" or "/\\host". */
export function safeReturnPath(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || value.length > 500) return fallback;
  if (!/^\/(?![/\\])[\x21-\x7e]*$/.test(value)) return fallback;
  return value;
}

/** Where the certificate listener is for this host (same origin when a trusted proxy fronts us). */
export function listenerOrigin(req: Request): string {
  if (isTrustedProxy(req.socket.remoteAddress)) return '';
  const port = config().HTTPS_PORT;
  return `https://${hostnameOf(req.headers.host)}${port === 443 ? '' : `:${port}`}`;
}

/** Where the listener sends the person back: the sede over HTTP on PORT (relative behind a proxy). */
export function sedeOrigin(req: Request): string {
  if (isTrustedProxy(req.socket.remoteAddress)) return '';
  const port = config().PORT;
  return `http://${hostnameOf(req.headers.host)}${port === 80 ? '' : `:${port}`}`;
}

export function startCertificateLogin(req: Request, res: Response, purpose: 'citizen' | 'staff', returnTo: string): string {
  const state = randomBytes(32).toString('base64url');
  res.cookie(LOGIN_STATE_COOKIE, state, { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/api/session/certificate', maxAge: 10 * 60_000 });
  const q = new URLSearchParams({ state, purpose, return: returnTo, lang: req.lng });
  return `${listenerOrigin(req)}${LOGIN_PATH}?${q}`;
}

export async function finishCertificateLogin(req: Request, res: Response, ticket: string): Promise<{ user: SessionUser; returnTo: string }> {
  const state = req.cookies?.[LOGIN_STATE_COOKIE] as string | undefined;
  res.clearCookie(LOGIN_STATE_COOKIE, { path: '/api/session/certificate' });
  // The ticket is spent and the access recorded in one statement.
  const payload = await redeemTicket(ticket, hostnameOf(req.headers.host), state, siteKey(req.site), req.ip);
  const previousAccess = payload.previousAccess;
  const user = await startSession(req, res, payload.login, { previousAccess });
  return { user, returnTo: safeReturnPath(payload.returnTo) };
}
