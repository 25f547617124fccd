import { Router } from 'express';
import { NotFound } from '../errors/app-error.ts';
import { requireSede } from '../http/route-guards.ts';
import { validate } from '../http/validate.ts';
import { actorOf, tenantOf, viewOf } from './calendar-request.ts';
import { ExtensionInput, InterruptionInput, InterruptionPatch } from './calendar.schemas.ts';
import { changeInterruption, grantExtension, publishedInterruptions, recordInterruption } from './interruptions.service.ts';
import { interruptionEditors } from './staff-access.ts';

/** Service interruptions: the public list; staff record them and grant the 32.4 extension. */
export const interruptionsRouter = Router();

const idOf = (raw: unknown): number => {
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0) throw new NotFound('calendar:errors.interruptionNotFound');
  return id;
};

interruptionsRouter.get('/interruptions', requireSede, async (req, res) => {
  res.set('Cache-Control', 'no-cache').json({ items: await publishedInterruptions(tenantOf(req), viewOf(req)) });
});

interruptionsRouter.post('/staff/interruptions', ...interruptionEditors, validate(InterruptionInput), async (req, res) => {
  res.status(201).json(await recordInterruption(tenantOf(req), req.body, actorOf(req)));
});

interruptionsRouter.patch('/staff/interruptions/:id', ...interruptionEditors, validate(InterruptionPatch), async (req, res) => {
  res.json(await changeInterruption(tenantOf(req), idOf(req.params.id), req.body));
});

interruptionsRouter.post('/staff/interruptions/:id/extension', ...interruptionEditors, validate(ExtensionInput), async (req, res) => {
  res.status(201).json(await grantExtension(tenantOf(req), idOf(req.params.id), req.body, actorOf(req)));
});
