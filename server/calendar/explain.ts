import { isLanguage, type Language } from '../i18n/languages.ts';
import type { IsoDate } from './civil-date.ts';
import { CALENDAR_SENTENCES, type CalendarSentences } from './explain-templates.ts';
import type { PlazoResult, PlazoUnit } from './plazo-result.ts';

/**
 * Renders the engine's results as one sentence per language from CALENDAR_SENTENCES
 * (locales/<lng>/calendar.json, `explain`).
 * es/ca dates are d/m/yyyy; Basque dates are yyyy/mm/dd with the case ending glued on.
 */
export type Params = Record<string, string | number>;

export function sentences(lng: Language): CalendarSentences {
  return CALENDAR_SENTENCES[isLanguage(lng) ? lng : 'es'];
}

/** `{{name}}`, or `{{name, case}}` for a Basque inflected form (param `name_case`). */
export function interpolate(template: string, params: Params): string {
  return template.replace(/\{\{\s*(\w+)\s*(?:,\s*(\w+)\s*)?\}\}/g, (whole, name: string, kase?: string) => {
    const key = kase ? `${name}_${kase}` : name;
    return key in params ? String(params[key]) : whole;
  });
}

function split(iso: IsoDate): [number, number, number] {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

export function formatDate(lng: Language, iso: IsoDate): string {
  if (lng === 'eu') return iso.replaceAll('-', '/');
  const [y, m, d] = split(iso);
  return `${d}/${m}/${y}`;
}

export function joinList(lng: Language, items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')}${sentences(lng).and}${items.at(-1)}`;
}

/**
 * A list of days: es/ca "7, 8, 14 y 15/3" within one month, "28/2, 1/3 y 7/3" within one
 * year, full dates otherwise; Basque always full (2026/03/07, 2026/03/08 eta …).
 */
export function formatDayList(lng: Language, isos: readonly IsoDate[]): string {
  if (lng === 'eu') return joinList(lng, isos.map((d) => formatDate(lng, d)));
  const parts = isos.map(split);
  const sameYear = parts.every((p) => p[0] === parts[0]![0]);
  const sameMonth = sameYear && parts.every((p) => p[1] === parts[0]![1]);
  if (sameMonth) return `${joinList(lng, parts.map((p) => String(p[2])))}/${parts[0]![1]}`;
  if (sameYear) return joinList(lng, parts.map((p) => `${p[2]}/${p[1]}`));
  return joinList(lng, isos.map((d) => formatDate(lng, d)));
}

// ---- Basque case endings on figures (Euskaltzaindia rule 37; GLOSSARY.md "Basque") ----

type Ending = 'consonant' | 'a' | 'vowel';
type Case = 'abl' | 'ine' | 'ko';

/** How the spoken number ends: bat, bost, hamar, hamabost → consonant; hamaika → a. */
function ending(n: number): Ending {
  const r = n < 20 ? n : n % 20 || 20; // 21 hogeita bat, 30 hogeita hamar, 40 berrogei
  if (r === 1 || r === 5 || r === 10 || r === 15) return 'consonant';
  if (r === 11) return 'a';
  return 'vowel'; // bi, hiru, lau, sei, zazpi, zortzi, bederatzi, hamabi…, hogei
}

const SUFFIX: Record<Case, Record<Ending, string>> = {
  abl: { consonant: 'etik', a: 'tik', vowel: 'tik' },
  ine: { consonant: 'ean', a: 'n', vowel: 'an' },
  ko: { consonant: 'eko', a: 'ko', vowel: 'ko' },
};
/** Whole hours are read in the plural (hamarretan, 14:00etara). */
const HOURS_SUFFIX: Record<Case, string> = { abl: 'etatik', ine: 'etan', ko: 'etako' };

export function euSuffix(n: number, kase: Case): string {
  return SUFFIX[kase][ending(n)];
}

function euTimeSuffix(time: string, kase: Case): string {
  const [, m, s] = time.split(':').map(Number);
  const last = s ? s : m ? m : 0;
  return last === 0 ? HOURS_SUFFIX[kase] : euSuffix(last, kase);
}

/** `name` plus, for Basque, `name_abl`, `name_ine`, `name_ko`. */
export function dateParams(lng: Language, name: string, iso: IsoDate): Params {
  const text = formatDate(lng, iso);
  if (lng !== 'eu') return { [name]: text };
  const day = split(iso)[2];
  return { [name]: text, [`${name}_abl`]: text + euSuffix(day, 'abl'), [`${name}_ine`]: text + euSuffix(day, 'ine'), [`${name}_ko`]: text + euSuffix(day, 'ko') };
}

/** A wall time 'HH:MM[:SS]': es/ca "a las 9:05", Basque "09:05" with its case endings. */
export function timeParams(lng: Language, name: string, time: string): Params {
  if (lng === 'eu') {
    return { [name]: time, [`${name}_abl`]: time + euTimeSuffix(time, 'abl'), [`${name}_ine`]: time + euTimeSuffix(time, 'ine'), [`${name}_ko`]: time + euTimeSuffix(time, 'ko') };
  }
  const t = time.replace(/^0(\d)/, '$1');
  const at = sentences(lng).at;
  return { [name]: interpolate(t.startsWith('1:') ? at.one : at.other, { time: t }) };
}

export function unitLabel(lng: Language, unit: PlazoUnit, amount: number): string {
  const [one, other] = sentences(lng).units[unit];
  return amount === 1 ? one : other;
}

export function explainPlazo(p: PlazoResult, lng: Language): string {
  const s = sentences(lng);
  lng = isLanguage(lng) ? lng : 'es';
  const skippedDays = p.skipped.map((x) => x.date);
  const params: Params = {
    amount: p.amount, unit: unitLabel(lng, p.unit, p.amount),
    ...dateParams(lng, 'from', p.notified), ...dateParams(lng, 'end', p.end),
    skipped: skippedDays.length === 0 ? ''
      : interpolate(skippedDays.length === 1 ? s.skippedOne : s.skippedMany, { days: formatDayList(lng, skippedDays) }),
  };
  if (p.unit === 'horas') {
    Object.assign(params, timeParams(lng, 'fromTime', p.notifiedTime!), timeParams(lng, 'endTime', p.endTime!));
    return interpolate(s.plazoHours, params);
  }
  if (p.nominalEnd !== undefined && p.nominalEnd !== p.end) {
    Object.assign(params, dateParams(lng, 'nominal', p.nominalEnd));
    return interpolate(s.plazoMoved, params);
  }
  return interpolate(s.plazo, params);
}
