import { AppError, type FieldError } from '../errors/app-error.ts';

/**
 * The one error class of the deadline engine. It never returns a doubtful answer: bad input
 * (an impossible date, a zero or absurd duration, an unknown unit, a year the calendar does
 * not cover…) throws a CalendarError with a stable `code`, an i18n key in the `calendar`
 * namespace (`calendar:errors.invalidDate` → locales/<lng>/calendar.json, errors.invalidDate)
 * and the params the message needs. It is an AppError, so the HTTP layer renders it as
 * problem+json (422: the request was understood, its plazo is not computable).
 */
export type CalendarErrorCode =
  | 'invalid_date'
  | 'invalid_instant'
  | 'invalid_duration'
  | 'duration_too_long'
  | 'hours_over_limit'
  | 'unknown_unit'
  | 'unknown_community'
  | 'invalid_calendar'
  | 'year_not_covered'
  | 'extension_too_long'
  | 'plazo_expired'
  | 'invalid_interruption'
  // The tenant's calendar and its service interruptions (API level).
  | 'duplicate_festivo'
  | 'festivo_not_found'
  | 'festivo_name_missing'
  | 'year_already_seeded'
  | 'interruption_planned'
  | 'interruption_in_future'
  | 'extension_exists';

const KEYS: Record<CalendarErrorCode, string> = {
  invalid_date: 'calendar:errors.invalidDate',
  invalid_instant: 'calendar:errors.invalidInstant',
  invalid_duration: 'calendar:errors.invalidDuration',
  duration_too_long: 'calendar:errors.durationTooLong',
  hours_over_limit: 'calendar:errors.hoursOverLimit',
  unknown_unit: 'calendar:errors.unknownUnit',
  unknown_community: 'calendar:errors.unknownCommunity',
  invalid_calendar: 'calendar:errors.invalidCalendar',
  year_not_covered: 'calendar:errors.yearNotCovered',
  extension_too_long: 'calendar:errors.extensionTooLong',
  plazo_expired: 'calendar:errors.plazoExpired',
  invalid_interruption: 'calendar:errors.invalidInterruption',
  duplicate_festivo: 'calendar:errors.duplicateFestivo',
  festivo_not_found: 'calendar:errors.festivoNotFound',
  festivo_name_missing: 'calendar:errors.festivoNameMissing',
  year_already_seeded: 'calendar:errors.yearAlreadySeeded',
  interruption_planned: 'calendar:errors.interruptionPlanned',
  interruption_in_future: 'calendar:errors.interruptionInFuture',
  extension_exists: 'calendar:errors.extensionExists',
};

const STATUS: Partial<Record<CalendarErrorCode, number>> = { duplicate_festivo: 409, year_already_seeded: 409, extension_exists: 409, festivo_not_found: 404 };

export class CalendarError extends AppError {
  declare readonly code: CalendarErrorCode;

  constructor(code: CalendarErrorCode, params: Record<string, string | number> = {}, fields: FieldError[] = []) {
    super({ status: STATUS[code] ?? 422, code, key: KEYS[code], params: Object.freeze({ ...params }), fields });
    this.name = 'CalendarError';
    this.message = `${code} ${JSON.stringify(params)}`;
  }

  /** The same error, naming the request field it is about (problem+json `errors`). */
  atField(field: string): CalendarError {
    return new CalendarError(this.code, this.params as Record<string, string | number>, [{ field, key: this.key, params: this.params }]);
  }
}
