/**
 * Sede's deadline engine (LPAC 29–32): pure functions, no database (texts are read once from
 * locales/<lng>/calendar.json). The public surface; the files behind it hold one concept each.
 * The tenant-facing parts (rows, cache, routes, interruptions) import their own files.
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
export { Calendar, cleanNames, createCalendar, festivoName, type CalendarInput, type DiaInhabil, type Festivo, type FestivoNames } from './calendar.ts';
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
export { holidayNames } from './holiday-names.ts';
export { longDateTime, officialTime, type OfficialTime } from './official-time.ts';
