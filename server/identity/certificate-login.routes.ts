import { Router, type NextFunction, type Request, type Response } from 'express';
import { AppError } from '../errors/app-error.ts';
import { logger } from '../log.ts';
import { CALLBACK_PATH, LOGIN_PATH, safeReturnPath, sedeOrigin } from './certificate-handoff.ts';
import { certificateLogin } from './certificate-login.ts';
import { certificateFromHeader, certificateFromSocket, ProxyCertificateStrategy, tlsStrategy } from './certificate-strategies.ts';
import { TicketRejected } from './identity.errors.ts';
import { identityPassport } from './sessions.ts';
import { issueTicket } from './tickets.ts';
import { trustMaterial } from './trust-material.ts';
import type { TLSSocket } from 'node:tls';
import { requireActiveSede } from '../tenancy/site.middleware.ts';
import { hostnameOf } from '../tenancy/tenant-directory.ts';

identityPassport.use(tlsStrategy());
identityPassport.use(new ProxyCertificateStrategy());

/**
 * GET /api/session/certificate/login — on the HTTPS listener (TLS client certificate) and on
 * the HTTP app behind a trusted proxy (certificate header). A good certificate gets a one-time
 * ticket and goes back to the sede; a refused one goes back to the login page with the reason
 * (browsers), or gets a problem+json with it (API clients).
 */
export function certificateLoginRouter(strategy: 'client-cert' | 'proxy-client-cert'): Router {
  const router = Router();
  router.get(LOGIN_PATH, requireActiveSede, identityPassport.initialize(), authenticate(strategy), async (req: Request, res: Response, next: NextFunction) => {
    try {
      const state = String(req.query.state ?? '');
      if (!/^[A-Za-z0-9_-]{43}$/.test(state)) throw new TicketRejected('state');
      const { trust } = await trustMaterial();
      const cert = strategy === 'client-cert' ? certificateFromSocket(trust, req.socket as TLSSocket) : certificateFromHeader(trust, req);
      const login = await certificateLogin(req.site, cert, req.query.purpose === 'staff' ? 'staff' : 'citizen');
      const ticket = await issueTicket(hostOf(req), state, { login, returnTo: safeReturnPath(req.query.return) });
      logger().info({ site: login.site, kind: login.kind, level: login.auth.levelOfAssurance, via: strategy }, 'certificate login: ticket issued');
      res.redirect(303, `${sedeOrigin(req)}${CALLBACK_PATH}?ticket=${ticket}`);
    } catch (err) {
      refuse(err, req, res, next);
    }
  });
  return router;
}

/** passport runs the strategy; its yes/no is only a first opinion (the reason comes after). */
function authenticate(strategy: string) {
  return (req: Request, res: Response, next: NextFunction) =>
    identityPassport.authenticate(strategy, { session: false }, () => next())(req, res, next);
}

const hostOf = (req: Request) => hostnameOf(req.headers.host);

function refuse(err: unknown, req: Request, res: Response, next: NextFunction): void {
  if (!(err instanceof AppError)) return next(err);
  (req.log ?? logger()).info({ code: err.code, detail: err.cause, via: req.socket.remoteAddress }, 'certificate login refused');
  if (req.accepts(['json', 'html']) !== 'html') return next(err);
  const q = new URLSearchParams({ error: err.key.replace(/^errors:/, ''), return: safeReturnPath(req.query.return) });
  res.redirect(303, `${sedeOrigin(req)}/acceso?${q}`);
}
