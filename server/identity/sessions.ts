import { createHmac, randomBytes } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import session from 'express-session';
import { Passport } from 'passport';
import { config } from '../config.ts';
import { deploymentSecret } from '../platform/deployment-secret.ts';
import type { Site } from '../platform/types.ts';
import { recordLogin } from './access-log.ts';
import { setCsrfCookie } from './csrf.ts';
import { PostgresSessionStore } from './session-store.ts';
import { PORTAL_SITE, subjectOf, type PreviousAccess, type ProvedLogin, type SessionUser } from './types.ts';

/**
 * Sessions (ARCHITECTURE D4): express-session in Postgres, cookie `sede_sid` — HttpOnly,
 * SameSite=Lax, Secure whenever the request came over HTTPS (`secure: 'auto'`; the demo sede
 * is plain http://*.sede.localhost, so there it is not Secure: see the ADR). Idle timeout by a
 * rolling cookie and the row's expiry, absolute timeout from the login time. Passport 0.7's
 * `req.login` regenerates the session, so the id changes at every login.
 */
declare module 'express-session' {
  interface SessionData {
    csrfToken?: string;
    passport?: { user?: SessionUser };
  }
}

export const SESSION_COOKIE = 'sede_sid';

let store: PostgresSessionStore | undefined;

export function sessionStore(): PostgresSessionStore {
  store ??= new PostgresSessionStore({ idleMs: config().SESSION_IDLE_MINUTES * 60_000 });
  return store;
}

/** A passport instance of our own (no global state shared with other modules). */
export const identityPassport = new Passport();
identityPassport.serializeUser((user, done) => done(null, user));
identityPassport.deserializeUser((user: Express.User, done) => done(null, user));

const sessionSecret = (): string => createHmac('sha256', deploymentSecret()).update('sede session cookie v1').digest('base64url');

/** The site key a session belongs to: the tenant slug, or the portal. */
export function siteKey(site: Site): string {
  return site.kind === 'sede' ? site.tenant.slug : PORTAL_SITE;
}

/** The logged-in person of this request, if the session belongs to this site. */
export function sessionUser(req: Request): SessionUser | undefined {
  return req.user as SessionUser | undefined;
}

export function sessionMiddleware(): RequestHandler[] {
  const cfg = config();
  return [
    session({
      name: SESSION_COOKIE,
      secret: sessionSecret(),
      store: sessionStore(),
      resave: false,
      saveUninitialized: false,
      rolling: true,
      unset: 'destroy',
      cookie: { httpOnly: true, sameSite: 'lax', secure: 'auto', path: '/', maxAge: cfg.SESSION_IDLE_MINUTES * 60_000 },
    }),
    identityPassport.initialize(),
    identityPassport.session(),
    onlyOnItsSite,
  ];
}

/** A session is valid only on the site (host) that opened it, and only until its absolute expiry. */
function onlyOnItsSite(req: Request, _res: Response, next: NextFunction): void {
  const user = sessionUser(req);
  if (user && (user.site !== siteKey(req.site) || user.absoluteExpiresAt <= Date.now())) req.user = undefined;
  next();
}

/** The access-log entry of a login. */
export const loginEntry = (req: Request, proved: ProvedLogin) => ({ subject: subjectOf(proved), method: proved.auth.method, level: proved.auth.levelOfAssurance, ip: req.ip });

const login = (req: Request, user: SessionUser): Promise<void> =>
  new Promise((resolve, reject) => req.login(user, (err) => (err ? reject(err) : resolve())));

/**
 * Opens the session of a proved login: records the access (and reads the previous one),
 * regenerates the session id (passport 0.7), and issues a fresh CSRF token bound to it.
 */
export async function startSession(req: Request, res: Response, proved: ProvedLogin, recorded?: { previousAccess: PreviousAccess | null }): Promise<SessionUser> {
  const previousAccess = recorded ? recorded.previousAccess : await recordLogin(proved.site, loginEntry(req, proved));
  const loginAt = Date.parse(proved.auth.at) || Date.now();
  const user = { ...proved, previousAccess, absoluteExpiresAt: loginAt + config().SESSION_ABSOLUTE_HOURS * 3_600_000 } as SessionUser;
  await login(req, user);
  req.session.csrfToken = randomBytes(32).toString('base64url');
  setCsrfCookie(req, res, req.session.csrfToken);
  return user;
}

/** Logout: the row is deleted, the cookie cleared, and a new anonymous CSRF token issued. */
export async function endSession(req: Request, res: Response): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    if (!req.session) return resolve();
    req.session.destroy((err) => (err ? reject(err) : resolve()));
  });
  req.user = undefined;
  res.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: req.secure });
  setCsrfCookie(req, res, randomBytes(32).toString('base64url'));
}
