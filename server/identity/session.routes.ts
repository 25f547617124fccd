import { Router, type Request, type Response } from 'express';
import { AppError } from '../errors/app-error.ts';
import { validate } from '../http/validate.ts';
import { finishCertificateLogin, safeReturnPath, startCertificateLogin } from './certificate-handoff.ts';
import { PasswordLogin } from './identity.schemas.ts';
import { passwordLogin } from './password-login.ts';
import { seeOther } from './see-other.ts';
import { sessionView } from './session-view.ts';
import { endSession, startSession } from './sessions.ts';
import './session.openapi.ts';

/** The session of this site: who is here, logout, password + TOTP, and the certificate handoff. */
export const sessionRouter = Router();

sessionRouter.get('/session', (req, res) => {
  res.set('Cache-Control', 'no-store').json(sessionView(req));
});

sessionRouter.post('/session/logout', async (req, res) => {
  await endSession(req, res);
  res.status(204).end();
});

sessionRouter.post('/session/password', validate(PasswordLogin), async (req, res) => {
  await startSession(req, res, await passwordLogin(req.site, req.body, req.ip));
  res.json(sessionView(req));
});

sessionRouter.get('/session/certificate/start', (req, res) => {
  const purpose = req.query.purpose === 'staff' ? 'staff' : 'citizen';
  seeOther(res, startCertificateLogin(req, res, purpose, safeReturnPath(req.query.return)));
});

sessionRouter.get('/session/certificate/callback', async (req: Request, res: Response) => {
  try {
    const { returnTo } = await finishCertificateLogin(req, res, String(req.query.ticket ?? ''));
    seeOther(res, returnTo);
  } catch (err) {
    // A browser goes back to the login page, which shows the reason in its language.
    if (!(err instanceof AppError) || req.accepts(['json', 'html']) !== 'html') throw err;
    seeOther(res, `${req.site.kind === 'portal' ? '/admin' : '/acceso'}?${new URLSearchParams({ error: err.key.replace(/^errors:/, '') })}`);
  }
});
