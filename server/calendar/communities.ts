import type { Language } from '../i18n/languages.ts';

/**
 * The autonomous communities and cities, by the codes Sede uses (ISO 3166-2:ES suffixes).
 * `dateHolidaysState` is the state code of the `date-holidays` package for country ES; it
 * was checked against `new Holidays().getStates('ES')` (date-holidays 3.37) and happens to
 * be the same code for all nineteen, but keep the mapping explicit: it is theirs, not ours.
 */
export const COMMUNITY_CODES = [
  'AN', 'AR', 'AS', 'IB', 'CN', 'CB', 'CM', 'CL', 'CT', 'EX', 'GA', 'MD', 'MC', 'NC', 'PV', 'RI', 'VC', 'CE', 'ML',
] as const;
export type CommunityCode = (typeof COMMUNITY_CODES)[number];

export interface Community {
  readonly code: CommunityCode;
  readonly dateHolidaysState: string;
  readonly names: Readonly<Record<Language, string>>;
}

const c = (code: CommunityCode, es: string, ca: string, eu: string): Community =>
  Object.freeze({ code, dateHolidaysState: code, names: Object.freeze({ es, ca, eu }) });

export const COMMUNITIES: readonly Community[] = Object.freeze([
  c('AN', 'Andalucía', 'Andalusia', 'Andaluzia'),
  c('AR', 'Aragón', 'Aragó', 'Aragoi'),
  c('AS', 'Principado de Asturias', "Principat d'Astúries", 'Asturiasko Printzerria'),
  c('IB', 'Illes Balears', 'Illes Balears', 'Balear Uharteak'),
  c('CN', 'Canarias', 'Canàries', 'Kanariak'),
  c('CB', 'Cantabria', 'Cantàbria', 'Kantabria'),
  c('CM', 'Castilla-La Mancha', 'Castella-la Manxa', 'Gaztela-Mantxa'),
  c('CL', 'Castilla y León', 'Castella i Lleó', 'Gaztela eta Leon'),
  c('CT', 'Cataluña', 'Catalunya', 'Katalunia'),
  c('EX', 'Extremadura', 'Extremadura', 'Extremadura'),
  c('GA', 'Galicia', 'Galícia', 'Galizia'),
  c('MD', 'Comunidad de Madrid', 'Comunitat de Madrid', 'Madrilgo Erkidegoa'),
  c('MC', 'Región de Murcia', 'Regió de Múrcia', 'Murtziako Eskualdea'),
  c('NC', 'Comunidad Foral de Navarra', 'Comunitat Foral de Navarra', 'Nafarroako Foru Komunitatea'),
  c('PV', 'País Vasco', 'País Basc', 'Euskadi'),
  c('RI', 'La Rioja', 'La Rioja', 'Errioxa'),
  c('VC', 'Comunitat Valenciana', 'Comunitat Valenciana', 'Valentziako Erkidegoa'),
  c('CE', 'Ciudad de Ceuta', 'Ciutat de Ceuta', 'Ceutako Hiria'),
  c('ML', 'Ciudad de Melilla', 'Ciutat de Melilla', 'Melillako Hiria'),
]);

const BY_CODE = new Map<string, Community>(COMMUNITIES.map((x) => [x.code, x]));

export function isCommunityCode(value: unknown): value is CommunityCode {
  return typeof value === 'string' && BY_CODE.has(value);
}

export function community(code: CommunityCode): Community {
  return BY_CODE.get(code)!;
}
