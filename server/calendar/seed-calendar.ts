import type { Language } from '../i18n/languages.ts';
import type { Festivo, FestivoNames } from './calendar.ts';
import type { CommunityCode } from './communities.ts';
import { holidayLayers } from './holiday-layers.ts';
import { toZoned } from './madrid-time.ts';

/**
 * The national and autonomic días inhábiles a sede starts with (and each new year's), from
 * holidayLayers: date-holidays' days with the locales' es/ca/eu names, kept for the sede's
 * languages only. Staff then correct them against the official calendars (BOE, the CA's
 * boletín): they are a starting point, not the law.
 */
export function officialFestivos(community: CommunityCode, years: readonly number[], languages: readonly Language[]): Festivo[] {
  return years.flatMap((year) => holidayLayers(community, year).map((f) => ({ date: f.date, layer: f.layer, names: onlyLanguages(f.names, languages) })));
}

export function onlyLanguages(names: FestivoNames, languages: readonly Language[]): FestivoNames {
  const kept = Object.fromEntries(languages.filter((l) => names[l]).map((l) => [l, names[l]!]));
  return Object.keys(kept).length > 0 ? kept : names;
}

/** The current year on the sede's clock, and the next: what onboarding seeds. */
export function currentAndNextYear(now = Date.now()): number[] {
  const year = Number(toZoned(now).date.slice(0, 4));
  return [year, year + 1];
}
