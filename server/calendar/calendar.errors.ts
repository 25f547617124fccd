/**
 * The one error class of the deadline engine. It never returns a doubtful answer: bad input
 * (an impossible date, a zero or absurd duration, an unknown unit, a year the calendar does
 * not cover…) throws a CalendarError with a stable `code`, an i18n key under
 * `calendar.errors.*` and the params the message needs.
 */
export type CalendarErrorCode =
  | 'INVALID_DATE'
  | 'INVALID_INSTANT'
  | 'INVALID_DURATION'
  | 'DURATION_TOO_LONG'
  | 'HOURS_OVER_LIMIT'
  | 'UNKNOWN_UNIT'
  | 'UNKNOWN_COMMUNITY'
  | 'INVALID_CALENDAR'
  | 'YEAR_NOT_COVERED'
  | 'EXTENSION_TOO_LONG'
  | 'PLAZO_EXPIRED'
  | 'INVALID_INTERRUPTION';

const KEYS: Record<CalendarErrorCode, string> = {
  INVALID_DATE: 'calendar.errors.invalidDate',
  INVALID_INSTANT: 'calendar.errors.invalidInstant',
  INVALID_DURATION: 'calendar.errors.invalidDuration',
  DURATION_TOO_LONG: 'calendar.errors.durationTooLong',
  HOURS_OVER_LIMIT: 'calendar.errors.hoursOverLimit',
  UNKNOWN_UNIT: 'calendar.errors.unknownUnit',
  UNKNOWN_COMMUNITY: 'calendar.errors.unknownCommunity',
  INVALID_CALENDAR: 'calendar.errors.invalidCalendar',
  YEAR_NOT_COVERED: 'calendar.errors.yearNotCovered',
  EXTENSION_TOO_LONG: 'calendar.errors.extensionTooLong',
  PLAZO_EXPIRED: 'calendar.errors.plazoExpired',
  INVALID_INTERRUPTION: 'calendar.errors.invalidInterruption',
};

export class CalendarError extends Error {
  readonly code: CalendarErrorCode;
  /** i18n key, e.g. `calendar.errors.invalidDate`. */
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
  /** Bad input from the caller: 422 when it reaches the HTTP layer. */
  readonly status = 422;

  constructor(code: CalendarErrorCode, params: Record<string, string | number> = {}, detail?: string) {
    super(detail ?? `${KEYS[code]} ${JSON.stringify(params)}`);
    this.name = 'CalendarError';
    this.code = code;
    this.key = KEYS[code];
    this.params = Object.freeze({ ...params });
  }
}
