import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { CsrfRejected } from './identity.errors.ts';

/**
 * CSRF protection for every state-changing request under /api (csurf is deprecated):
 *
 * 1. Origin check: a browser's `Origin` (or, without it, `Referer`) must be this very origin.
 * 2. Token check: the `X-CSRF-Token` header must equal the token of the session (synchronizer
 *    token, issued at login and rotated with the session id); before login it must equal the
 *    `sede_csrf` cookie (double submit), which protects the login forms themselves.
 *
 * The token is also readable in the `sede_csrf` cookie (not HttpOnly, SameSite=Lax), which
 * the Angular client sends back through HttpClient's XSRF support, and in GET /api/session.
 * Requests with an `Authorization` header are exempt: they carry no cookie credentials and a
 * cross-site page cannot add that header without a CORS preflight (which the API never grants).
 */
export const CSRF_COOKIE = 'sede_csrf';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export function setCsrfCookie(req: Request, res: Response, token: string): void {
  res.cookie(CSRF_COOKIE, token, { httpOnly: false, sameSite: 'lax', secure: req.secure, path: '/' });
  // Later middleware in this same request reads the current token.
  (req.cookies as Record<string, string>)[CSRF_COOKIE] = token;
}

/** The token this request must present: the session's, else the anonymous cookie's. */
export function csrfTokenOf(req: Request): string | undefined {
  return req.session?.csrfToken ?? (req.cookies?.[CSRF_COOKIE] as string | undefined);
}

function sameOrigin(value: string, req: Request): boolean {
  try {
    const u = new URL(value);
    return u.protocol === `${req.protocol}:` && u.host.toLowerCase() === String(req.headers.host ?? '').toLowerCase();
  } catch {
    return false;
  }
}

const equal = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** Every visitor gets a token to send back (the session's once there is one). */
function issueToken(req: Request, res: Response): void {
  if (!csrfTokenOf(req) || (req.session?.csrfToken && req.cookies?.[CSRF_COOKIE] !== req.session.csrfToken)) {
    setCsrfCookie(req, res, req.session?.csrfToken ?? randomBytes(32).toString('base64url'));
  }
}

/** For the public read-only routes answered before sessions load: only hands out the token. */
export function issueCsrfToken(req: Request, res: Response, next: NextFunction): void {
  if (!req.cookies?.[CSRF_COOKIE]) issueToken(req, res);
  next();
}

export function csrfProtection(req: Request, res: Response, next: NextFunction): void {
  issueToken(req, res);
  if (SAFE.has(req.method)) return next();
  if (req.headers.authorization) return next();

  const origin = req.headers.origin ?? req.headers.referer;
  if (origin !== undefined && !sameOrigin(origin, req)) return next(new CsrfRejected('origin'));
  const sent = req.headers[CSRF_HEADER];
  const expected = csrfTokenOf(req);
  if (typeof sent !== 'string' || !expected || !equal(sent, expected)) return next(new CsrfRejected('token'));
  next();
}
