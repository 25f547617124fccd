import { readFileSync } from 'node:fs';
import { LANGUAGES, type Language } from '../i18n/languages.ts';
import { fromRoot } from '../paths.ts';

/**
 * The `calendar` namespace of locales/{es,ca,eu}/calendar.json, read once, synchronously:
 * the engine's sentence templates (`explain`) and the names of the holidays (`holidays`)
 * live there with every other user-visible text, under the parity test of the locales.
 */
export type CalendarLocale = Readonly<Record<string, unknown>>;

let cached: Readonly<Record<Language, CalendarLocale>> | undefined;

export function calendarLocale(lng: Language): CalendarLocale {
  cached ??= Object.freeze(Object.fromEntries(LANGUAGES.map((l) => [l, deepFreeze(JSON.parse(readFileSync(fromRoot('locales', l, 'calendar.json'), 'utf8')))])) as Record<Language, CalendarLocale>);
  return cached[lng];
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
