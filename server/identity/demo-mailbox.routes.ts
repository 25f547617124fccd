import { Router } from 'express';
import { config } from '../config.ts';
import { NotFound } from '../errors/app-error.ts';
import { openapi } from '../http/openapi-registry.ts';
import { z } from '../http/zod-openapi.ts';
import { demoMailbox } from '../mail/mailer.ts';
import { siteKey } from './sessions.ts';

/** DEMO_MODE only: the messages the embedded SMTP sink received for this site (PIN codes). */
export const demoMailboxRouter = Router();

demoMailboxRouter.get('/demo/mailbox', async (req, res) => {
  if (!config().DEMO_MODE) throw new NotFound();
  const sink = await demoMailbox();
  if (!sink) throw new NotFound();
  const site = siteKey(req.site);
  const items = sink.messages.filter((m) => m.site === site).slice(-30).reverse().map(({ id, at, to, subject, text }) => ({ id, at, to, subject, text }));
  res.set('Cache-Control', 'no-store').json({ items });
});

openapi.registerPath({ method: 'get', path: '/demo/mailbox', tags: ['demo'], summary: 'Demo mode only: e-mails sent by this sede (they are never delivered)',
  responses: { 200: { description: 'Messages, newest first', content: { 'application/json': { schema: z.object({ items: z.array(z.object({ id: z.number(), at: z.string(), to: z.array(z.string()), subject: z.string(), text: z.string() })) }) } } } } });
