import type { Language } from '../i18n/languages.ts';
import type { Calendar } from './calendar.ts';
import { CalendarError } from './calendar.errors.ts';
import { parseIsoDate, type IsoDate } from './civil-date.ts';
import { dateParams, interpolate, sentences, unitLabel } from './explain.ts';
import { formatZonedInstant, madridMidnight, parseInstant, toZoned, zonedInstant } from './madrid-time.ts';
import { checkAmount, computeDayPlazo, notifiedDay } from './plazo.ts';
import { computeHorasPlazo } from './plazo-horas.ts';
import type { PlazoResult, PlazoUnit } from './plazo-result.ts';
import type { ExtendedStep, PlazoStep } from './plazo-steps.ts';

// ---- LPAC 32.1 / 32.3: ampliación de plazo -------------------------------------------

/**
 * An extension granted by the Administración, ex officio or on request: at most half of the
 * original plazo, in the same unit (15 días → at most 7), decided before the plazo expires
 * (a decision on the last day itself is in time), never for an expired plazo (32.3).
 *
 * The extended plazo is computed as one plazo of (original + extension) from the original
 * notification. For días hábiles that is the same as counting the extension after the old
 * vencimiento; for naturales/months it avoids counting from a day that 30.5 had moved.
 * (Interpretation: the law says "ampliación de los plazos"; keep it visible in the steps.)
 */
export interface ExtensionResult {
  readonly original: PlazoResult;
  readonly amount: number;
  readonly unit: PlazoUnit;
  /** Half of the original plazo, rounded down: the most that could be granted. */
  readonly max: number;
  /** The plazo as extended: original + amount, with its own steps. */
  readonly plazo: PlazoResult;
  readonly previousEnd: IsoDate;
  readonly end: IsoDate;
  readonly endsAt: string | undefined;
  readonly steps: readonly PlazoStep[];
  explain(lng: Language): string;
}

export function maxExtension(plazo: PlazoResult): number {
  return Math.floor(plazo.amount / 2);
}

export function extendPlazo(calendar: Calendar, original: PlazoResult, input: { amount: number; decidedAt: IsoDate | Date | string }): ExtensionResult {
  const { unit } = original;
  checkAmount(input.amount, unit === 'horas' ? 'habiles' : unit, true);
  const max = maxExtension(original);
  if (input.amount > max) throw new CalendarError('extension_too_long', { amount: input.amount, max, unit });
  if (isAfterExpiry(original, input.decidedAt)) throw new CalendarError('plazo_expired', { end: original.endsAt ?? original.end });

  const total = original.amount + input.amount;
  const plazo = unit === 'horas'
    ? computeHorasPlazo(calendar, total, parseInstant(original.notifiedAt))
    : computeDayPlazo(calendar, total, unit, parseIsoDate(original.notified));
  const extended: ExtendedStep = { kind: 'extended', amount: input.amount, unit, previousEnd: original.end, rule: 'LPAC 32.1' };
  const steps = [...plazo.steps.slice(0, -1), extended, plazo.steps.at(-1)!];
  return {
    original, amount: input.amount, unit, max, plazo, previousEnd: original.end, end: plazo.end, endsAt: plazo.endsAt, steps,
    explain(lng: Language): string {
      return interpolate(sentences(lng).extension, {
        amount: input.amount, unit: unitLabel(lng, unit, input.amount), max,
        ...dateParams(lng, 'end', plazo.end), ...dateParams(lng, 'previousEnd', original.end),
      });
    },
  };
}

/** True when `at` falls after the plazo's last day (or, for hours, after its last instant). */
function isAfterExpiry(plazo: PlazoResult, at: IsoDate | Date | string): boolean {
  if (plazo.unit === 'horas' && !(typeof at === 'string' && at.length === 10)) return parseInstant(at) > parseInstant(plazo.endsAt);
  return notifiedDay(at) > parseIsoDate(plazo.end);
}

// ---- LPAC 32.4: ampliación tras una incidencia técnica ---------------------------------

/**
 * After a technical incident that prevented the normal operation of the sede, the
 * Administración MAY extend the plazos not yet expired, and must publish in the sede both
 * the incident and the extension. Here: every plazo whose vencimiento is on or after the
 * day the incident began gets `amount` more días (hábiles by default, counted after its
 * old vencimiento; naturales end on a día hábil, 30.5). Expired plazos are returned as
 * they were, with `extended: false`. The reason is recorded in the result and its steps.
 */
export interface ServiceInterruption {
  readonly from: Date | string;
  readonly to?: Date | string;
  /** What happened, as published in the sede. */
  readonly reason: string;
}

export interface InterruptionExtension {
  readonly original: PlazoResult;
  readonly extended: boolean;
  readonly amount: number;
  readonly unit: 'habiles' | 'naturales';
  readonly reason: string;
  readonly interruptionFrom: string;
  readonly interruptionTo: string | undefined;
  readonly previousEnd: IsoDate;
  readonly end: IsoDate;
  readonly endsAt: string | undefined;
  readonly steps: readonly PlazoStep[];
  explain(lng: Language): string;
}

export interface InterruptionExtensionInput {
  readonly interruption: ServiceInterruption;
  readonly amount: number;
  readonly unit?: 'habiles' | 'naturales';
}

export function extendAfterInterruption(calendar: Calendar, plazo: PlazoResult, input: InterruptionExtensionInput): InterruptionExtension {
  return extendUnexpiredAfterInterruption(calendar, [plazo], input)[0]!;
}

export function extendUnexpiredAfterInterruption(calendar: Calendar, plazos: readonly PlazoResult[], input: InterruptionExtensionInput): InterruptionExtension[] {
  const { interruption } = input;
  const unit = input.unit ?? 'habiles';
  if (unit !== 'habiles' && unit !== 'naturales') throw new CalendarError('unknown_unit', { unit: String(unit) });
  checkAmount(input.amount, unit);
  const reason = typeof interruption?.reason === 'string' ? interruption.reason.trim() : '';
  if (!reason) throw new CalendarError('invalid_interruption', { field: 'reason' });
  const fromMs = parseInstant(interruption.from);
  const toMs = interruption.to === undefined ? undefined : parseInstant(interruption.to);
  if (toMs !== undefined && toMs < fromMs) throw new CalendarError('invalid_interruption', { field: 'to' });
  const fromDay = toZoned(fromMs).day;
  const interruptionFrom = formatZonedInstant(fromMs);
  const interruptionTo = toMs === undefined ? undefined : formatZonedInstant(toMs);

  return plazos.map((original): InterruptionExtension => {
    const oldEnd = parseIsoDate(original.end);
    const expired = original.unit === 'horas' ? parseInstant(original.endsAt) < fromMs : oldEnd < fromDay;
    const base = { original, amount: input.amount, unit, reason, interruptionFrom, interruptionTo, previousEnd: original.end };
    if (expired) {
      return {
        ...base, extended: false, end: original.end, endsAt: original.endsAt, steps: original.steps,
        explain: (lng: Language) => interpolate(sentences(lng).interruptionExpired, { reason, ...dateParams(lng, 'previousEnd', original.end) }),
      };
    }
    const newEnd = unit === 'habiles' ? calendar.nthHabilAfter(oldEnd, input.amount) : calendar.habilFrom(oldEnd + input.amount);
    const skipped = unit === 'habiles'
      ? calendar.skippedBetween(oldEnd + 1, newEnd, 'LPAC 32.4')
      : calendar.skippedBetween(oldEnd + input.amount, newEnd, 'LPAC 30.5');
    const end = calendar.isoOf(newEnd);
    let endsAt: string | undefined;
    if (original.unit === 'horas') {
      const [h, m] = original.endTime!.split(':').map(Number) as [number, number];
      endsAt = formatZonedInstant(h === 24 ? madridMidnight(newEnd + 1) : zonedInstant(newEnd, h, m));
    }
    const extendedStep: ExtendedStep = { kind: 'extended', amount: input.amount, unit, previousEnd: original.end, reason, rule: 'LPAC 32.4' };
    const steps: PlazoStep[] = [
      ...original.steps, extendedStep, ...skipped,
      { kind: 'end', date: end, ...(endsAt ? { at: endsAt } : {}), rule: 'LPAC 32.4' },
    ];
    return {
      ...base, extended: true, end, endsAt, steps,
      explain: (lng: Language) => interpolate(sentences(lng).interruption, {
        amount: input.amount, unit: unitLabel(lng, unit, input.amount), reason,
        ...dateParams(lng, 'end', end), ...dateParams(lng, 'previousEnd', original.end),
      }),
    };
  });
}
