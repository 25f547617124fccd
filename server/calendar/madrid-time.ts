import { CalendarError } from './calendar.errors.ts';
import { formatIsoDate, toDayNumber, type DayNumber, type IsoDate } from './civil-date.ts';

/**
 * The sede's official time (LPAC 31.2) is Spanish peninsular time, Europe/Madrid: CET (+01:00)
 * in winter, CEST (+02:00) from the last Sunday of March to the last Sunday of October.
 * Conversions go through Intl, so the tz database decides, not a hand-written DST rule.
 * (A sede in Canarias would use Atlantic/Canary: every function takes the zone as an option.)
 */
export const SEDE_TIME_ZONE = 'Europe/Madrid';

const MINUTE = 60_000;
const DAY = 86_400_000;

export interface ZonedDateTime {
  readonly day: DayNumber;
  readonly date: IsoDate;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** Offset from UTC in minutes (+60 CET, +120 CEST). */
  readonly offsetMinutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Wall-clock date and time of an instant (epoch ms) in the sede's zone. */
export function toZoned(instant: number, timeZone = SEDE_TIME_ZONE): ZonedDateTime {
  const whole = Math.floor(instant / 1000) * 1000;
  let year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  for (const p of formatter(timeZone).formatToParts(whole)) {
    switch (p.type) {
      case 'year': year = Number(p.value); break;
      case 'month': month = Number(p.value); break;
      case 'day': day = Number(p.value); break;
      case 'hour': hour = Number(p.value); break;
      case 'minute': minute = Number(p.value); break;
      case 'second': second = Number(p.value); break;
    }
  }
  const dayNumber = toDayNumber(year, month, day);
  const wallAsUtc = dayNumber * DAY + hour * 3_600_000 + minute * MINUTE + second * 1000;
  return {
    day: dayNumber, date: formatIsoDate(dayNumber), hour, minute, second,
    offsetMinutes: Math.round((wallAsUtc - whole) / MINUTE),
  };
}

function offsetMs(instant: number, timeZone: string): number {
  return toZoned(instant, timeZone).offsetMinutes * MINUTE;
}

/**
 * The instant at which the wall clock of the zone shows `day` at hh:mm:ss. A time that
 * happens twice (the October fold) gives the first one; a time that does not exist (the
 * March gap) is moved forward by the gap, as clocks do. Midnight is never in either in
 * Europe/Madrid (changes happen at 02:00/03:00).
 */
export function zonedInstant(day: DayNumber, hour = 0, minute = 0, second = 0, timeZone = SEDE_TIME_ZONE): number {
  const wall = day * DAY + hour * 3_600_000 + minute * MINUTE + second * 1000;
  const before = offsetMs(wall - DAY, timeZone);
  const after = offsetMs(wall + DAY, timeZone);
  const candidates = [wall - before, wall - after].filter((t) => offsetMs(t, timeZone) + t === wall);
  if (candidates.length > 0) return Math.min(...candidates);
  return wall - before; // in the gap: read with the offset in force before it
}

const midnights = new Map<number, number>();

/** 00:00 of a civil day in Europe/Madrid, as epoch ms (cached: a day's midnight never moves). */
export function madridMidnight(day: DayNumber): number {
  let t = midnights.get(day);
  if (t === undefined) {
    t = zonedInstant(day, 0, 0, 0, SEDE_TIME_ZONE);
    if (midnights.size > 20_000) midnights.clear();
    midnights.set(day, t);
  }
  return t;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * An instant from a Date or an ISO 8601 string *with* its offset ('…Z' or '…+01:00').
 * A string without offset is ambiguous (whose 10:00?) and refused: invalid_instant.
 */
export function parseInstant(value: unknown): number {
  let ms = Number.NaN;
  if (value instanceof Date) ms = value.getTime();
  else if (typeof value === 'string' && INSTANT.test(value)) ms = Date.parse(value);
  if (!Number.isFinite(ms)) throw new CalendarError('invalid_instant', { value: String(value) });
  return ms;
}

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** ISO 8601 with the zone's offset: 2026-03-30T00:00:00+02:00. */
export function formatZonedInstant(instant: number, timeZone = SEDE_TIME_ZONE): string {
  const z = toZoned(instant, timeZone);
  const sign = z.offsetMinutes < 0 ? '-' : '+';
  const off = Math.abs(z.offsetMinutes);
  return `${z.date}T${pad(z.hour)}:${pad(z.minute)}:${pad(z.second)}${sign}${pad(Math.floor(off / 60))}:${pad(off % 60)}`;
}

/** 'HH:MM' or 'HH:MM:SS' of a wall-clock time. */
export function formatClock(hour: number, minute: number, second?: number): string {
  return second === undefined ? `${pad(hour)}:${pad(minute)}` : `${pad(hour)}:${pad(minute)}:${pad(second)}`;
}
