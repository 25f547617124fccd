import { Router, type NextFunction, type Request, type Response } from 'express';
import { requireSede } from '../http/route-guards.ts';
import { validate } from '../http/validate.ts';
import { PinRequest, PinVerify } from './identity.schemas.ts';
import { requestPin, verifyPin } from './pin-login.ts';
import { PIN_TTL_MINUTES } from './pin-codes.ts';
import { sessionView } from './session-view.ts';
import { startSession } from './sessions.ts';
import './pin.openapi.ts';

/** PIN login on a sede: ask for a code by e-mail, then type it. */
export const pinRouter = Router();

pinRouter.post('/session/pin/request', requireSede, validate(PinRequest), async (req, res) => {
  if (req.site.kind !== 'sede') return;
  await requestPin(req.site.tenant, req.lng, req.body, req.ip);
  res.status(202).json({ sent: true, expiresInMinutes: PIN_TTL_MINUTES });
});

pinRouter.post('/session/pin/verify', requireSede, validate(PinVerify), async (req, res) => {
  if (req.site.kind !== 'sede') return;
  await startSession(req, res, await verifyPin(req.site.tenant, req.body, req.ip));
  res.json(sessionView(req));
});

/** Throttled and locked answers say when to come back. */
pinRouter.use((err: { retryAfterSeconds?: number }, _req: Request, res: Response, next: NextFunction) => {
  if (err?.retryAfterSeconds) res.set('Retry-After', String(Math.ceil(err.retryAfterSeconds)));
  next(err);
});
