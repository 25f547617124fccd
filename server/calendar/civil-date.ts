import { CalendarError } from './calendar.errors.ts';

/**
 * Civil dates: a year, a month and a day with no time zone, the way the law counts plazos.
 * Inside the engine a civil date is a *day number* (days since 1970-01-01), so that adding
 * days is integer addition and no `Date` is allocated. At the edges it is an ISO string.
 */
export type IsoDate = string; // 'YYYY-MM-DD'
export type DayNumber = number;

export interface CivilDate {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number; // 1-31
}

/** Years the engine accepts; anything else is a typo, not a plazo. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!;
}

/** Day number of a (valid) civil date. H. Hinnant's days_from_civil, integer arithmetic only. */
export function toDayNumber(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number (H. Hinnant's civil_from_days). */
export function fromDayNumber(n: DayNumber): CivilDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** ISO weekday: 1 Monday … 6 Saturday, 7 Sunday. 1970-01-01 was a Thursday. */
export function isoWeekday(n: DayNumber): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

export function isWeekend(n: DayNumber): boolean {
  return isoWeekday(n) >= 6;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

export function formatIsoDate(n: DayNumber): IsoDate {
  const { year, month, day } = fromDayNumber(n);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** True for a well-formed, existing date between MIN_YEAR and MAX_YEAR. */
export function isValidCivilDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day)
    && year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * 'YYYY-MM-DD' → day number. Refuses anything else, including impossible dates such as
 * 2026-02-30 (CalendarError invalid_date). Hand-written so it allocates nothing: it runs
 * on every plazo of every list.
 */
export function parseIsoDate(value: unknown): DayNumber {
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) {
    throw invalidDate(value);
  }
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  if (year < 0 || month < 0 || day < 0 || !isValidCivilDate(year, month, day)) throw invalidDate(value);
  return toDayNumber(year, month, day);
}

function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function invalidDate(value: unknown): CalendarError {
  return new CalendarError('invalid_date', { value: String(value) });
}

/**
 * LPAC 30.4: a plazo of `months` months counted from `from` ends on the same day number in
 * the target month, or on the last day of that month when it has no such day (31 Jan + 1
 * month → 28 Feb; 29 Feb 2028 + 12 months → 28 Feb 2029). Never N×30 days.
 */
export function addMonthsSameDay(from: DayNumber, months: number): DayNumber {
  const { year, month, day } = fromDayNumber(from);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return toDayNumber(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}
