import type { TFunction } from 'i18next';

/**
 * Downloads of the published calendar: iCalendar (RFC 5545: one all-day VEVENT per día
 * inhábil festivo, CRLF lines folded at 75 octets, text escaped) and CSV (RFC 4180, UTF-8
 * with a BOM so that spreadsheet programs read the accents). Weekends are inhábiles every
 * week and are not listed one by one.
 */
export interface ExportDay {
  date: string; // YYYY-MM-DD
  weekday: number; // 1 = Monday
  names: string[];
  layers: string[];
}

export interface ExportContext {
  t: TFunction;
  year: number;
  sede: string;
  /** Host of the sede, for the events' UIDs. */
  host: string;
  now: Date;
}

function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets (never inside a UTF-8 sequence). */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch);
    if (bytes + n > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

const compact = (iso: string) => iso.replaceAll('-', '');

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function stamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export function toIcs(days: readonly ExportDay[], c: ExportContext): string {
  const name = c.t('calendar:export.calendarName', { year: c.year, sede: c.sede });
  const lines = [
    'BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:-//Sede electronica//${c.host}//ES`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`, 'X-WR-TIMEZONE:Europe/Madrid',
  ];
  for (const d of days) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${d.date}-inhabil@${c.host}`,
      `DTSTAMP:${stamp(c.now)}`,
      `DTSTART;VALUE=DATE:${compact(d.date)}`,
      `DTEND;VALUE=DATE:${compact(nextDay(d.date))}`,
      `SUMMARY:${escapeText(d.names.join(' · '))}`,
      `DESCRIPTION:${escapeText(c.t('calendar:export.eventDescription', { layer: d.layers.join(', ') }))}`,
      `CATEGORIES:${d.layers.map(escapeText).join(',')}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(days: readonly ExportDay[], c: Pick<ExportContext, 't'>): string {
  const header = ['csvDate', 'csvWeekday', 'csvLayer', 'csvName'].map((k) => c.t(`calendar:export.${k}`));
  const rows = days.map((d) => [d.date, c.t(`calendar:time.weekdays.${d.weekday - 1}`), d.layers.join(' / '), d.names.join(' / ')]);
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}
