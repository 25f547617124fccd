import type { Language } from '../i18n/languages.ts';
import { calendarLocale } from './calendar-locale.ts';
import { isoWeekday, toDayNumber } from './civil-date.ts';
import { euSuffix, interpolate, type Params } from './explain.ts';
import { formatClock, formatZonedInstant, SEDE_TIME_ZONE, toZoned } from './madrid-time.ts';

/**
 * The sede's official date and time (LPAC 31.2; RD 203/2021 art. 11.1.f): the server's
 * clock, as a UTC instant and as Europe/Madrid wall time with its offset (+01:00 CET,
 * +02:00 CEST: the tz database decides, so DST changes are right), plus the long form in
 * the request's language. Pure: the caller passes the instant.
 */
export interface OfficialTime {
  /** The instant, UTC, ISO 8601 with milliseconds. */
  readonly utc: string;
  readonly epochMs: number;
  readonly timeZone: string;
  /** Wall time in the sede's zone. */
  readonly date: string;
  readonly time: string;
  /** ISO 8601 with the zone's offset: 2026-03-29T03:00:00+02:00. */
  readonly local: string;
  readonly offset: string;
  readonly offsetMinutes: number;
  /** Summer time (CEST) in force. */
  readonly summerTime: boolean;
  /** "martes, 24 de noviembre de 2026, 01:18:16 (UTC+01:00)" in the request's language. */
  readonly text: string;
  readonly zoneName: string;
}

export function officialTime(instant: number, lng: Language): OfficialTime {
  const z = toZoned(instant);
  const local = formatZonedInstant(instant);
  const offset = local.slice(-6);
  const time = formatClock(z.hour, z.minute, z.second);
  return {
    utc: new Date(instant).toISOString(), epochMs: instant, timeZone: SEDE_TIME_ZONE,
    date: z.date, time, local, offset, offsetMinutes: z.offsetMinutes, summerTime: z.offsetMinutes === 120,
    text: longDateTime(lng, z.date, time, offset), zoneName: (calendarLocale(lng).time as { zone: string }).zone,
  };
}

interface TimeTexts { months: string[]; weekdays: string[]; long: string; zone: string }

/** A civil date and wall time, written out: weekday and month names from calendar:time. */
export function longDateTime(lng: Language, date: string, time: string, offset: string): string {
  const t = calendarLocale(lng).time as TimeTexts;
  const [y, m, d] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  const params: Params = {
    weekday: t.weekdays[isoWeekday(toDayNumber(y, m, d)) - 1]!, day: d, month: t.months[m - 1]!, year: y, time, offset,
  };
  if (lng === 'eu') {
    // Euskaltzaindia rule 37: 2026ko azaroaren 24a; hamaika (11, 31) takes no extra -a.
    params.year_ko = `${y}${euSuffix(y % 100, 'ko')}`;
    params.day_abs = d % 20 === 11 ? String(d) : `${d}a`;
  }
  return interpolate(t.long, params);
}
