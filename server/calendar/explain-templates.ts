import { LANGUAGES, type Language } from '../i18n/languages.ts';
import { calendarLocale } from './calendar-locale.ts';
import type { PlazoUnit } from './plazo-result.ts';

/**
 * Sentence templates of the deadline engine, one whole sentence per case and language, read
 * from locales/{es,ca,eu}/calendar.json (`calendar:explain.*`), with `{{placeholders}}`.
 *
 * Basque: dates are year/month/day (2026/03/17) and case endings are glued to the figure,
 * so a Basque template asks for an inflected form with i18next's format syntax:
 * `{{from, abl}}` (-tik/-etik), `{{end, ine}}` (-an/-ean/-n), `{{end, ko}}` (-ko/-eko). The
 * renderer (explain.ts) provides them; the variable names stay the same in every language,
 * which keeps the locale parity test meaningful. Catalan and Basque wording awaits review
 * by a native speaker.
 */
export interface CalendarSentences {
  readonly units: Readonly<Record<PlazoUnit, readonly [one: string, other: string]>>;
  /** Joins the last item of a list. */
  readonly and: string;
  /** Clock time after a preposition: hour 1 takes the singular article in es/ca. */
  readonly at: { readonly one: string; readonly other: string };
  readonly plazo: string;
  readonly plazoHours: string;
  readonly plazoMoved: string;
  readonly skippedOne: string;
  readonly skippedMany: string;
  readonly registroMoved: string;
  readonly registroSame: string;
  readonly extension: string;
  readonly interruption: string;
  readonly interruptionExpired: string;
}

export const CALENDAR_SENTENCES: Readonly<Record<Language, CalendarSentences>> = Object.freeze(
  Object.fromEntries(LANGUAGES.map((lng) => [lng, calendarLocale(lng).explain as CalendarSentences])) as Record<Language, CalendarSentences>,
);
