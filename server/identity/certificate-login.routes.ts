import { Router } from 'express';
import { AppError } from '../errors/app-error.ts';
import { requireActiveSede } from '../tenancy/site.middleware.ts';
import { LOGIN_PATH } from './certificate-handoff.ts';
import { seeOther } from './see-other.ts';
import { identityPassport } from './sessions.ts';
import { authenticateCertificate, loginAtListener, refusalTarget, type CertificateSource } from './listener-login.ts';

/**
 * GET /api/session/certificate/login — on the HTTPS listener (TLS client certificate) and on
 * the HTTP app behind a trusted proxy (certificate header). A good certificate goes back to
 * the sede with a one-time ticket; a refused one goes back to the login page with the reason
 * (browsers) or gets a problem+json with it (API clients).
 */
export function certificateLoginRouter(source: CertificateSource): Router {
  const router = Router();
  router.get(LOGIN_PATH, requireActiveSede, identityPassport.initialize(), authenticateCertificate(source), async (req, res) => {
    try {
      seeOther(res, await loginAtListener(req, source));
    } catch (err) {
      const target = err instanceof AppError ? refusalTarget(err, req) : undefined;
      if (!target) throw err;
      seeOther(res, target);
    }
  });
  return router;
}
