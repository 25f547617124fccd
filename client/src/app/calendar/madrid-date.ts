/**
 * Civil dates and the sede's clock on the client. Dates are 'YYYY-MM-DD' strings; the
 * official clock is Europe/Madrid whatever the visitor's zone. Numeric formats by hand
 * (browsers' Basque ICU data is often missing): dd/mm/aaaa in es and ca, aaaa/mm/dd in eu.
 */
export function formatIsoDate(iso: string, lng: string | null): string {
  const [y, m, d] = iso.split('-');
  return lng === 'eu' ? `${y}/${m}/${d}` : `${d}/${m}/${y}`;
}

export function isoOf(year: number, month: number, day: number): string {
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayIndex(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

const madridParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Madrid', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  hourCycle: 'h23', timeZoneName: 'longOffset',
});

/** Wall date, time and offset of an instant on the Madrid clock. */
export function madridClock(epochMs: number): { date: string; time: string; offset: string } {
  const parts = madridParts.formatToParts(new Date(epochMs));
  const p = (type: Intl.DateTimeFormatPartTypes) => parts.find((x) => x.type === type)?.value ?? '';
  const offset = p('timeZoneName').replace('GMT', '') || '+00:00';
  return { date: `${p('year')}-${p('month')}-${p('day')}`, time: `${p('hour')}:${p('minute')}:${p('second')}`, offset };
}

/** A wall time typed on the Madrid clock ('2026-03-17T09:00') as an ISO instant with its offset. */
export function madridWallToIso(wall: string): string {
  const guess = Date.parse(`${wall}:00Z`);
  for (const candidate of [guess - 3_600_000, guess - 7_200_000]) {
    const c = madridClock(candidate);
    if (`${c.date}T${c.time.slice(0, 5)}` === wall) return `${wall}:00${c.offset}`;
  }
  return `${wall}:00${madridClock(guess).offset}`;
}
