import type { Calendar } from './calendar.ts';
import { CalendarError } from './calendar.errors.ts';
import { addMonthsSameDay, parseIsoDate, type DayNumber, type IsoDate } from './civil-date.ts';
import { parseInstant, toZoned } from './madrid-time.ts';
import { computeHorasPlazo } from './plazo-horas.ts';
import { ComputedPlazo, isPlazoUnit, type PlazoResult, type PlazoUnit } from './plazo-result.ts';
import type { PlazoStep, RuleRef } from './plazo-steps.ts';

/**
 * Computes a plazo (LPAC 30) on a sede's calendar.
 *
 * - días hábiles (default): count from the day after the notification (30.3), skipping
 *   Saturdays, Sundays and festivos (30.2); the N-th día hábil is the vencimiento.
 * - días naturales: day after + N − 1, i.e. notification + N; if that day is inhábil the
 *   plazo ends on the next día hábil (30.5).
 * - months / years: the same day number in the target month, or the last day of that month
 *   when it has no such day (30.4), then 30.5. Never N×30 days.
 * - hours: see plazo-horas.ts (30.1).
 *
 * The notification is a civil date ('2026-03-03'); an instant is also accepted and read
 * in Europe/Madrid. Hours need an instant. Bad input throws CalendarError; a date the
 * calendar does not cover throws year_not_covered rather than guessing.
 */
export interface PlazoInput {
  readonly amount: number;
  /** Default 'habiles' (30.2: "salvo que por Ley … se disponga otro cómputo"). */
  readonly unit?: PlazoUnit;
  /** The notification or publication: civil date, or instant (Date / ISO string with offset). */
  readonly notified: IsoDate | Date | string;
}

/** About ten years in each unit: anything longer is a typing error, not a plazo. */
export const MAX_AMOUNT: Readonly<Record<PlazoUnit, number>> = Object.freeze({
  habiles: 2500, naturales: 3653, meses: 120, años: 10, horas: 24,
});

export function computePlazo(calendar: Calendar, input: PlazoInput): PlazoResult {
  if (typeof input !== 'object' || input === null) throw new CalendarError('invalid_duration', { amount: String(input) });
  const unit = input.unit ?? 'habiles';
  if (!isPlazoUnit(unit)) throw new CalendarError('unknown_unit', { unit: String(unit) });
  checkAmount(input.amount, unit);
  if (unit === 'horas') return computeHorasPlazo(calendar, input.amount, parseInstant(input.notified));
  return computeDayPlazo(calendar, input.amount, unit, notifiedDay(input.notified));
}

export function checkAmount(amount: unknown, unit: PlazoUnit, allowZero = false): asserts amount is number {
  if (typeof amount !== 'number' || !Number.isInteger(amount) || amount < (allowZero ? 0 : 1)) {
    throw new CalendarError('invalid_duration', { amount: String(amount), unit });
  }
  if (amount > MAX_AMOUNT[unit]) {
    throw new CalendarError(unit === 'horas' ? 'hours_over_limit' : 'duration_too_long', { amount, unit, max: MAX_AMOUNT[unit] });
  }
}

/** The civil day of a notification given as a date, or as an instant read in Europe/Madrid. */
export function notifiedDay(value: unknown): DayNumber {
  if (typeof value === 'string' && !value.includes('T')) return parseIsoDate(value); // not an instant: a date or garbage
  return toZoned(parseInstant(value)).day;
}

const START_RULE: Record<Exclude<PlazoUnit, 'horas'>, RuleRef> = {
  habiles: 'LPAC 30.3', naturales: 'LPAC 30.3', meses: 'LPAC 30.4', años: 'LPAC 30.4',
};

/** Days, months and years on an already validated amount. Also used by the extensions. */
export function computeDayPlazo(calendar: Calendar, amount: number, unit: Exclude<PlazoUnit, 'horas'>, notified: DayNumber): ComputedPlazo {
  const rule = START_RULE[unit];
  const notifiedIso = calendar.isoOf(notified);
  const startIso = calendar.isoOf(notified + 1);
  if (unit === 'habiles') {
    const end = calendar.nthHabilAfter(notified, amount);
    const skipped = calendar.skippedBetween(notified + 1, end, 'LPAC 30.2');
    const endIso = calendar.isoOf(end);
    const steps: PlazoStep[] = [{ kind: 'notified', date: notifiedIso, rule }, { kind: 'start', date: startIso, rule }];
    for (let i = 0; i < skipped.length; i++) steps.push(skipped[i]!);
    steps.push({ kind: 'end', date: endIso, rule: 'LPAC 30.2' });
    return new ComputedPlazo({ amount, unit, notified: notifiedIso, start: startIso, end: endIso, steps });
  }
  const nominal = unit === 'naturales' ? notified + amount : addMonthsSameDay(notified, unit === 'meses' ? amount : amount * 12);
  const end = calendar.habilFrom(nominal);
  const nominalIso = calendar.isoOf(nominal);
  const endIso = calendar.isoOf(end);
  const steps: PlazoStep[] = [
    { kind: 'notified', date: notifiedIso, rule },
    { kind: 'start', date: startIso, rule },
    { kind: 'nominalEnd', date: nominalIso, inhabil: end !== nominal, rule: unit === 'naturales' ? 'LPAC 30.2' : 'LPAC 30.4' },
    ...calendar.skippedBetween(nominal, end, 'LPAC 30.5'),
    { kind: 'end', date: endIso, rule: end !== nominal ? 'LPAC 30.5' : unit === 'naturales' ? 'LPAC 30.2' : 'LPAC 30.4' },
  ];
  return new ComputedPlazo({ amount, unit, notified: notifiedIso, start: startIso, nominalEnd: nominalIso, end: endIso, steps });
}
