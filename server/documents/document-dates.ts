import type { Language } from '../i18n/languages.ts';

/**
 * Dates and times on documents: always shown in Europe/Madrid (D9), formatted per language
 * (GLOSSARY.md): es/ca dd/mm/aaaa, eu year/month/day; 24-hour clock everywhere.
 *
 * Long dates are put together here rather than taken whole from ICU, because ICU writes
 * "17 de març del 2026" (the glossary's form is "de 2026") and "2026(e)ko martxoaren 17(a)"
 * for Basque, where Euskaltzaindia's rule 37 wants the real ending: "2026ko martxoaren 17a".
 */
export const DOCUMENT_TIME_ZONE = 'Europe/Madrid';

interface Parts { year: string; month: string; day: string; hour: string; minute: string; second: string }

const numericFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: DOCUMENT_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
});

function parts(date: Date): Parts {
  const out: Record<string, string> = {};
  for (const p of numericFormat.formatToParts(date)) out[p.type] = p.value;
  return { year: out.year!, month: out.month!, day: out.day!, hour: out.hour!, minute: out.minute!, second: out.second! };
}

/** 17/03/2026 (es, ca) · 2026/03/17 (eu). */
export function formatDate(date: Date, lng: Language): string {
  const p = parts(date);
  return lng === 'eu' ? `${p.year}/${p.month}/${p.day}` : `${p.day}/${p.month}/${p.year}`;
}

/** 10:30 or, with seconds, 10:30:05. */
export function formatTime(date: Date, withSeconds = false): string {
  const p = parts(date);
  return withSeconds ? `${p.hour}:${p.minute}:${p.second}` : `${p.hour}:${p.minute}`;
}

/** 17/03/2026 10:30:05 (es, ca) · 2026/03/17 10:30:05 (eu), as sede headers show it. */
export function formatDateTime(date: Date, lng: Language, withSeconds = true): string {
  return `${formatDate(date, lng)} ${formatTime(date, withSeconds)}`;
}

const monthFormats = new Map<Language, Intl.DateTimeFormat>();

function monthName(date: Date, lng: Language): string {
  let f = monthFormats.get(lng);
  if (!f) {
    // The month as it stands inside a full date: "marzo", "de març" / "d'abril", "martxoa".
    f = new Intl.DateTimeFormat(lng, { timeZone: DOCUMENT_TIME_ZONE, year: 'numeric', month: 'long', day: 'numeric' });
    monthFormats.set(lng, f);
  }
  // ICU writes "d’abril"; our strings use the straight apostrophe, so stay consistent.
  return f.formatToParts(date).find((p) => p.type === 'month')!.value.replace(/\u2019/g, "'");
}

/** 17 de marzo de 2026 · 17 de març de 2026 · 2026ko martxoaren 17a. */
export function formatLongDate(date: Date, lng: Language): string {
  const p = parts(date);
  const day = String(Number(p.day));
  const month = monthName(date, lng);
  switch (lng) {
    case 'es': return `${day} de ${month} de ${p.year}`;
    case 'ca': return `${day} ${month} de ${p.year}`;
    case 'eu': return `${p.year}${basqueYearSuffix(Number(p.year))} ${month}ren ${day}a`;
  }
}

/**
 * The genitive-locative ending of a year read aloud in Basque: -ko after a vowel, -eko after
 * a consonant (2026ko "…sei", 2021eko "…bat", 2025eko "…bost", 2030eko "…hogeita hamar").
 * Basque counts in twenties, so the last word is fixed by the year modulo 20.
 */
export function basqueYearSuffix(year: number): 'ko' | 'eko' {
  const n = year % 100;
  if (n === 0) return year % 1000 === 0 ? 'ko' : 'eko'; // "mila" / "…ehun"
  const m = n % 20; // 1 bat, 5 bost, 10 hamar, 15 hamabost end in a consonant
  return m === 1 || m === 5 || m === 10 || m === 15 ? 'eko' : 'ko';
}

/** The UTC offset of Europe/Madrid at that instant, as "+01:00" / "+02:00" (for xsd:dateTime). */
export function madridOffset(date: Date): string {
  const p = parts(date);
  const local = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  const minutes = Math.round((local - Math.floor(date.getTime() / 1000) * 1000) / 60000);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** 2026-03-17T10:30:05+01:00: the instant in Madrid local time with its offset. */
export function madridIsoDateTime(date: Date): string {
  const p = parts(date);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${madridOffset(date)}`;
}

/** The calendar year in Madrid (a document captured at 00:30 on 1 January belongs to the new year). */
export function madridYear(date: Date): number {
  return Number(parts(date).year);
}
