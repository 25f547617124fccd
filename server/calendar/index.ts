/**
 * Sede's deadline engine (LPAC 29–32): pure functions, no I/O, no database. The public
 * surface; the files behind it hold one concept each.
 */
export { CalendarError, type CalendarErrorCode } from './calendar.errors.ts';
export {
  addMonthsSameDay, daysInMonth, formatIsoDate, fromDayNumber, isLeapYear, isoWeekday, isValidCivilDate,
  parseIsoDate, toDayNumber, type CivilDate, type DayNumber, type IsoDate,
} from './civil-date.ts';
export {
  SEDE_TIME_ZONE, formatZonedInstant, madridMidnight, parseInstant, toZoned, zonedInstant, type ZonedDateTime,
} from './madrid-time.ts';
export { COMMUNITIES, COMMUNITY_CODES, community, isCommunityCode, type Community, type CommunityCode } from './communities.ts';
export { holidayLayers, HOLIDAY_FIRST_YEAR, HOLIDAY_LAST_YEAR, type HolidayLayerFestivo } from './holiday-layers.ts';
export { Calendar, createCalendar, type CalendarInput, type DiaInhabil, type Festivo } from './calendar.ts';
export { communityCalendar, type CommunityCalendarInput, type LocalFestivo } from './community-calendar.ts';
export { computePlazo, MAX_AMOUNT, type PlazoInput } from './plazo.ts';
export { PLAZO_UNITS, isPlazoUnit, type PlazoResult, type PlazoUnit } from './plazo-result.ts';
export type { HolidayLayer, MotivoInhabil, PlazoStep, RuleRef, SkippedStep } from './plazo-steps.ts';
export { compareRegistroTimes, filedInTime, registroTime, type RegistroTime } from './registro-time.ts';
export {
  extendAfterInterruption, extendPlazo, extendUnexpiredAfterInterruption, maxExtension,
  type ExtensionResult, type InterruptionExtension, type InterruptionExtensionInput, type ServiceInterruption,
} from './extension.ts';
export { CALENDAR_SENTENCES, type CalendarSentences } from './explain-templates.ts';
