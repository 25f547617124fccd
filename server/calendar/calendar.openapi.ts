import { z } from '../http/zod-openapi.ts';
import { openapi, problemResponse } from '../http/openapi-registry.ts';
import { CalendarEdit, CalendarYearView, ExtensionInput, InterruptionInput, InterruptionPatch, OfficialTimeView, PlazoRequest, PlazoView } from './calendar.schemas.ts';

/** OpenAPI description of the calendar routes (public and staff). */
const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });
const year = z.object({ year: z.string().openapi({ example: '2026' }) });
const id = z.object({ id: z.string() });
const staff = [{ staffSession: [] }];
openapi.registerComponent('securitySchemes', 'staffSession', { type: 'apiKey', in: 'cookie', name: 'sede_sid', description: 'Session of a member of the ayuntamiento\'s staff (password + TOTP or certificate); state changes also need X-CSRF-Token' });
const Interruption = z.object({ id: z.number(), kind: z.enum(['planned', 'unplanned']), startsAt: z.string(), endsAt: z.string().nullable() }).passthrough().openapi('ServiceInterruption');

openapi.registerPath({ method: 'get', path: '/time', tags: ['calendar'], summary: 'Official date and time of the sede (LPAC 31.2): UTC, Europe/Madrid and offset',
  responses: { 200: { description: 'Now', ...json(OfficialTimeView) } } });
openapi.registerPath({ method: 'get', path: '/calendar/{year}', tags: ['calendar'], summary: 'Días inhábiles of a year (LPAC 31.3), in the request\'s language', request: { params: year },
  responses: { 200: { description: 'Calendar', ...json(CalendarYearView) }, 404: problemResponse('Year not published') } });
openapi.registerPath({ method: 'get', path: '/calendar/{year}.ics', tags: ['calendar'], summary: 'The same as iCalendar: one all-day VEVENT per festivo', request: { params: year },
  responses: { 200: { description: 'iCalendar', content: { 'text/calendar': { schema: z.string() } } }, 404: problemResponse('Year not published') } });
openapi.registerPath({ method: 'get', path: '/calendar/{year}.csv', tags: ['calendar'], summary: 'The same as CSV (UTF-8)', request: { params: year },
  responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } }, 404: problemResponse('Year not published') } });
openapi.registerPath({ method: 'post', path: '/plazos', tags: ['calendar'], summary: 'Computes a plazo on the sede\'s calendar (anyone; nothing is stored)',
  request: { body: json(PlazoRequest) }, responses: { 200: { description: 'Plazo', ...json(PlazoView) }, 422: problemResponse('Impossible date, invalid or absurd duration, year not published') } });
openapi.registerPath({ method: 'get', path: '/interruptions', tags: ['calendar'], summary: 'Service interruptions and LPAC 32.4 extensions published in the sede',
  responses: { 200: { description: 'Interruptions', ...json(z.object({ items: z.array(Interruption) })) } } });

openapi.registerPath({ method: 'get', path: '/staff/calendar/{year}', tags: ['calendar-staff'], security: staff, summary: 'All rows of a year for editing', request: { params: year },
  responses: { 200: { description: 'Rows', ...json(z.object({ year: z.number(), published: z.boolean(), festivos: z.array(z.object({ date: z.string(), layer: z.string(), names: z.record(z.string(), z.string()) })) })) } } });
openapi.registerPath({ method: 'post', path: '/staff/calendar/edits', tags: ['calendar-staff'], security: staff, summary: 'Add, remove or rename días inhábiles: all or nothing',
  request: { body: json(CalendarEdit) }, responses: { 200: { description: 'Applied', ...json(z.object({ applied: z.number() })) }, 409: problemResponse('Day already there'), 422: problemResponse('Invalid change: nothing applied') } });
openapi.registerPath({ method: 'post', path: '/staff/calendar/{year}/seed', tags: ['calendar-staff'], security: staff, summary: 'Publish a new year with its national and autonomic days', request: { params: year },
  responses: { 201: { description: 'Seeded', ...json(z.object({ added: z.number() })) }, 409: problemResponse('Year already there') } });
openapi.registerPath({ method: 'post', path: '/staff/interruptions', tags: ['calendar-staff'], security: staff, summary: 'Announce a planned interruption or record an unplanned one',
  request: { body: json(InterruptionInput) }, responses: { 201: { description: 'Recorded', ...json(Interruption) }, 422: problemResponse('Invalid') } });
openapi.registerPath({ method: 'patch', path: '/staff/interruptions/{id}', tags: ['calendar-staff'], security: staff, summary: 'Set the end or the descriptions', request: { params: id, body: json(InterruptionPatch) },
  responses: { 200: { description: 'Updated', ...json(Interruption) }, 404: problemResponse('Unknown') } });
openapi.registerPath({ method: 'post', path: '/staff/interruptions/{id}/extension', tags: ['calendar-staff'], security: staff, summary: 'LPAC 32.4: extend the unexpired plazos after an unplanned interruption (published)',
  request: { params: id, body: json(ExtensionInput) }, responses: { 201: { description: 'Granted', ...json(Interruption) }, 409: problemResponse('Already extended'), 422: problemResponse('Planned, future or invalid') } });
