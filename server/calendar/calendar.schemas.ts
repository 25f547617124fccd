import { z } from '../http/zod-openapi.ts';
import { LANGUAGES } from '../i18n/languages.ts';
import { PLAZO_UNITS } from './plazo-result.ts';

/**
 * Request schemas of the calendar API. They check shapes only: the deadline engine checks
 * the values (an impossible date, a negative or absurd amount…) and answers with its own
 * precise message, so that the calculator tells the visitor exactly what is wrong.
 */
const names = z.partialRecord(z.enum(LANGUAGES), z.string().max(200)).openapi({ example: { es: 'San José', eu: 'San Jose eguna' } });
const layer = z.enum(['national', 'autonomic', 'local']);
const texts = z.partialRecord(z.enum(LANGUAGES), z.string().max(4000));

export const PlazoRequest = z.object({
  notified: z.string().max(40).openapi({ example: '2026-03-17', description: 'Date of the notification or publication (YYYY-MM-DD), or an instant with offset for hours' }),
  amount: z.number().openapi({ example: 10 }),
  unit: z.enum(PLAZO_UNITS).optional().openapi({ description: 'Default: días hábiles' }),
}).strict().openapi('PlazoRequest');

export const FestivoChange = z.discriminatedUnion('op', [
  z.object({ op: z.literal('add'), date: z.string().max(20), layer, names }).strict(),
  z.object({ op: z.literal('remove'), date: z.string().max(20), layer }).strict(),
  z.object({ op: z.literal('rename'), date: z.string().max(20), layer, names }).strict(),
]);

export const CalendarEdit = z.object({
  changes: z.array(FestivoChange).min(1).max(200),
}).strict().openapi('CalendarEdit', { description: 'Changes applied together, in one transaction: all or none' });

export const InterruptionInput = z.object({
  kind: z.enum(['planned', 'unplanned']),
  startsAt: z.string().max(40).openapi({ example: '2026-03-16T09:00:00+01:00' }),
  endsAt: z.string().max(40).nullable().optional(),
  descriptions: texts,
}).strict().openapi('InterruptionInput');

export const InterruptionPatch = z.object({
  endsAt: z.string().max(40).nullable().optional(),
  descriptions: texts.optional(),
}).strict().openapi('InterruptionPatch');

export const ExtensionInput = z.object({
  amount: z.number(),
  unit: z.enum(['habiles', 'naturales']).optional(),
  affectedTo: z.string().max(20).optional().openapi({ description: 'Last vencimiento extended (default: the day the interruption ended)' }),
  reasons: texts,
}).strict().openapi('PlazoExtensionInput');

const motivo = z.object({ kind: z.enum(['weekend', 'holiday']), weekday: z.string().optional(), layer: layer.optional(), layerLabel: z.string().optional(), name: z.string() });
export const FestivoView = z.object({ date: z.string(), layer, layerLabel: z.string(), name: z.string(), names });
export const CalendarYearView = z.object({
  year: z.number(), firstYear: z.number(), lastYear: z.number(), weekendsInhabiles: z.boolean(),
  festivos: z.array(FestivoView), diasInhabiles: z.array(z.object({ date: z.string(), motivos: z.array(motivo) })),
}).openapi('CalendarYear');
export const PlazoView = z.object({
  amount: z.number(), unit: z.enum(PLAZO_UNITS), notified: z.string(), start: z.string(), end: z.string(), nominalEnd: z.string().nullable(),
  endsAt: z.string().nullable(), steps: z.array(z.object({ kind: z.string() }).passthrough()), explanation: z.string(),
  extension: z.object({ interruptionId: z.number(), amount: z.number(), previousEnd: z.string(), end: z.string(), explanation: z.string() }).passthrough().nullable(),
}).passthrough().openapi('Plazo');
export const OfficialTimeView = z.object({
  utc: z.string(), epochMs: z.number(), timeZone: z.string(), date: z.string(), time: z.string(), local: z.string(), offset: z.string(),
  offsetMinutes: z.number(), summerTime: z.boolean(), text: z.string(), zoneName: z.string(),
}).openapi('OfficialTime');
