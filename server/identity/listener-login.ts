import type { NextFunction, Request, Response } from 'express';
import type { TLSSocket } from 'node:tls';
import { AppError } from '../errors/app-error.ts';
import { logger } from '../log.ts';
import { hostnameOf } from '../tenancy/tenant-directory.ts';
import { CALLBACK_PATH, safeReturnPath, sedeOrigin } from './certificate-handoff.ts';
import { certificateLogin } from './certificate-login.ts';
import { certificateFromHeader, certificateFromSocket, ProxyCertificateStrategy, tlsStrategy } from './certificate-strategies.ts';
import { TicketRejected } from './identity.errors.ts';
import { identityPassport } from './sessions.ts';
import { issueTicket } from './tickets.ts';
import { trustMaterial } from './trust-material.ts';

/**
 * The listener's half of a certificate login: the certificate (TLS socket or trusted proxy
 * header) is checked and read, a one-time ticket issued, and the URL back to the sede
 * returned. A refusal is logged with its reason.
 */
export type CertificateSource = 'client-cert' | 'proxy-client-cert';

identityPassport.use(tlsStrategy());
identityPassport.use(new ProxyCertificateStrategy());

/** passport runs the strategy; its yes/no is only a first opinion (the reason is worked out after). */
export function authenticateCertificate(source: CertificateSource) {
  return (req: Request, res: Response, next: NextFunction) =>
    identityPassport.authenticate(source, { session: false }, () => next())(req, res, next);
}

/** Checks, reads and hands back: the URL of the sede's callback with the ticket. */
export async function loginAtListener(req: Request, source: CertificateSource): Promise<string> {
  const state = String(req.query.state ?? '');
  if (!/^[A-Za-z0-9_-]{43}$/.test(state)) throw new TicketRejected('state');
  const { trust } = await trustMaterial();
  const cert = source === 'client-cert' ? certificateFromSocket(trust, req.socket as TLSSocket) : certificateFromHeader(trust, req);
  const login = await certificateLogin(req.site, cert, req.query.purpose === 'staff' ? 'staff' : 'citizen');
  const ticket = await issueTicket(hostnameOf(req.headers.host), state, { login, returnTo: safeReturnPath(req.query.return) });
  logger().info({ site: login.site, kind: login.kind, level: login.auth.levelOfAssurance, via: source }, 'certificate login: ticket issued');
  return `${sedeOrigin(req)}${CALLBACK_PATH}?ticket=${ticket}`;
}

/** Where a browser goes after a refusal (the sede's login page, which shows the reason); undefined for API clients. */
export function refusalTarget(err: AppError, req: Request): string | undefined {
  (req.log ?? logger()).info({ code: err.code, detail: err.cause, via: req.socket.remoteAddress }, 'certificate login refused');
  if (req.accepts(['json', 'html']) !== 'html') return undefined;
  const q = new URLSearchParams({ error: err.key.replace(/^errors:/, ''), return: safeReturnPath(req.query.return) });
  // The portal's only certificate login is the Diputación admin's, on /admin.
  return `${sedeOrigin(req)}${req.site.kind === 'portal' ? '/admin' : '/acceso'}?${q}`;
}
