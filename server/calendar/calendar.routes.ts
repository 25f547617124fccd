import { Router } from 'express';
import { requireSede } from '../http/route-guards.ts';
import { validate } from '../http/validate.ts';
import { calendarFile } from './calendar-download.ts';
import { tenantOf, viewOf, yearOf } from './calendar-request.ts';
import { PlazoRequest } from './calendar.schemas.ts';
import { computeTenantPlazo } from './compute-plazo.ts';
import { officialTime } from './official-time.ts';
import { publishedCalendar } from './publish-calendar.ts';
import './calendar.openapi.ts';

/** Public: the sede's calendar of días inhábiles, its official time and the plazo calculator. */
export const calendarRouter = Router();

calendarRouter.get('/time', (req, res) => {
  res.set('Cache-Control', 'no-store').json(officialTime(Date.now(), req.lng));
});

calendarRouter.get('/calendar/:year.ics', requireSede, async (req, res) => {
  await calendarFile(req, res, 'ics');
});

calendarRouter.get('/calendar/:year.csv', requireSede, async (req, res) => {
  await calendarFile(req, res, 'csv');
});

calendarRouter.get('/calendar/:year', requireSede, async (req, res) => {
  res.set('Cache-Control', 'no-cache').json(await publishedCalendar(tenantOf(req), yearOf(req), viewOf(req)));
});

// Side-effect free: anonymous visitors use it (CSRF: the anonymous double-submit token).
calendarRouter.post('/plazos', requireSede, validate(PlazoRequest), async (req, res) => {
  res.json(await computeTenantPlazo(tenantOf(req), req.body, viewOf(req)));
});
