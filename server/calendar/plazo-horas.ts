import type { Calendar } from './calendar.ts';
import { formatClock, formatZonedInstant, madridMidnight, toZoned } from './madrid-time.ts';
import { ComputedPlazo } from './plazo-result.ts';
import type { PlazoStep, SkippedStep } from './plazo-steps.ts';

const MINUTE = 60_000;
const HOUR = 3_600_000;

/**
 * LPAC 30.1: a plazo in hours counts the hours of días hábiles only, "de hora en hora y de
 * minuto en minuto" from the minute of the notification (its seconds are dropped). If the
 * clock reaches the end of a día hábil, counting resumes at 00:00 of the next día hábil; a
 * notification on a día inhábil starts counting at 00:00 of the next día hábil. Time is
 * real elapsed time in Europe/Madrid (DST changes fall on Sundays, so a día hábil always has
 * 24 hours, but nothing here assumes it). A plazo that ends exactly at midnight ends at
 * "24:00" of its last día hábil.
 *
 * The 24-hour cap is checked by the caller (computePlazo); an extension (32.1) may pass it.
 */
export function computeHorasPlazo(calendar: Calendar, amount: number, notifiedAtMs: number): ComputedPlazo {
  const from = Math.floor(notifiedAtMs / MINUTE) * MINUTE;
  const local = toZoned(from);
  const skipped: SkippedStep[] = [];
  let day = local.day;
  let cursor = from;
  if (!calendar.isHabilDay(day)) {
    const next = calendar.habilFrom(day);
    skipped.push(...calendar.skippedBetween(day, next, 'LPAC 30.1'));
    day = next;
    cursor = madridMidnight(next);
  }
  const startDay = day;
  const startAt = cursor;
  let remaining = amount * HOUR;
  let endsAt: number;
  for (;;) {
    const dayEnd = madridMidnight(day + 1);
    if (remaining <= dayEnd - cursor) {
      endsAt = cursor + remaining;
      break;
    }
    remaining -= dayEnd - cursor;
    const next = calendar.habilFrom(day + 1);
    skipped.push(...calendar.skippedBetween(day + 1, next, 'LPAC 30.1'));
    day = next;
    cursor = madridMidnight(next);
  }
  const endLocal = toZoned(endsAt);
  const endTime = endLocal.day === day ? formatClock(endLocal.hour, endLocal.minute) : '24:00';
  const notified = calendar.isoOf(local.day);
  const start = calendar.isoOf(startDay);
  const end = calendar.isoOf(day);
  const notifiedAt = formatZonedInstant(notifiedAtMs);
  const endsAtIso = formatZonedInstant(endsAt);
  const steps: PlazoStep[] = [
    { kind: 'notified', date: notified, at: notifiedAt, rule: 'LPAC 30.1' },
    { kind: 'start', date: start, at: formatZonedInstant(startAt), rule: 'LPAC 30.1' },
    ...skipped,
    { kind: 'end', date: end, at: endsAtIso, rule: 'LPAC 30.1' },
  ];
  return new ComputedPlazo({
    amount, unit: 'horas', notified, start, end, steps,
    notifiedAt, notifiedTime: formatClock(local.hour, local.minute), endsAt: endsAtIso, endTime,
  });
}
