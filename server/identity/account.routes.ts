import { Router } from 'express';
import { validate } from '../http/validate.ts';
import { accountOf, confirmEmail, forgetEmail, registerEmail } from './email-registration.ts';
import { citizenOf, requireCitizen, requireLevel } from './guards.ts';
import { EmailConfirmation, EmailRegistration } from './identity.schemas.ts';
import './account.openapi.ts';

/** "My account" of a citizen: the registered e-mail address for PIN access. */
export const accountRouter = Router();

accountRouter.get('/account', requireCitizen, async (req, res) => {
  if (req.site.kind !== 'sede') return;
  res.set('Cache-Control', 'no-store').json(await accountOf(req.site.tenant, citizenOf(req)));
});

accountRouter.post('/account/email', requireCitizen, requireLevel('sustancial'), validate(EmailRegistration), async (req, res) => {
  if (req.site.kind !== 'sede') return;
  await registerEmail(req.site.tenant, req.lng, citizenOf(req), req.body.email);
  res.status(202).json({ sent: true });
});

accountRouter.post('/account/email/confirm', requireCitizen, requireLevel('sustancial'), validate(EmailConfirmation), async (req, res) => {
  if (req.site.kind !== 'sede') return;
  res.json(await confirmEmail(req.site.tenant, citizenOf(req), req.body.code));
});

accountRouter.delete('/account/email', requireCitizen, async (req, res) => {
  if (req.site.kind !== 'sede') return;
  res.json(await forgetEmail(req.site.tenant, citizenOf(req)));
});
