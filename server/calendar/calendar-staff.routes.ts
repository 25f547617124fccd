import { Router } from 'express';
import { validate } from '../http/validate.ts';
import { tenantOf, yearOf } from './calendar-request.ts';
import { CalendarEdit } from './calendar.schemas.ts';
import { calendarRowsOfYear, editCalendar, seedCalendarYear } from './edit-calendar.ts';
import { calendarEditors } from './staff-access.ts';

/** Staff: the días inhábiles of a year with all their names, edits (all or nothing), a new year. */
export const calendarStaffRouter = Router();

calendarStaffRouter.get('/staff/calendar/:year', ...calendarEditors, async (req, res) => {
  res.json(await calendarRowsOfYear(tenantOf(req), yearOf(req)));
});

calendarStaffRouter.post('/staff/calendar/edits', ...calendarEditors, validate(CalendarEdit), async (req, res) => {
  res.json(await editCalendar(tenantOf(req), req.body));
});

calendarStaffRouter.post('/staff/calendar/:year/seed', ...calendarEditors, async (req, res) => {
  res.status(201).json(await seedCalendarYear(tenantOf(req), yearOf(req)));
});
