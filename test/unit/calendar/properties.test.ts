import { computePlazo } from '../../../server/calendar/plazo.ts';
import { extendPlazo } from '../../../server/calendar/extension.ts';
import { registroTime } from '../../../server/calendar/registro-time.ts';
import { addMonthsSameDay, daysInMonth, formatIsoDate, fromDayNumber, parseIsoDate, toDayNumber } from '../../../server/calendar/civil-date.ts';
import { madridMidnight, zonedInstant } from '../../../server/calendar/madrid-time.ts';
import type { Calendar } from '../../../server/calendar/calendar.ts';
import { TOWNS } from './fixtures.ts';

/** Property-style checks over every start day of 2026 and many amounts, for each town. */
const days2026 = Array.from({ length: 365 }, (_, i) => formatIsoDate(toDayNumber(2026, 1, 1) + i));
const towns = Object.entries(TOWNS) as [string, () => Calendar][];
const next = (iso: string, k = 1) => formatIsoDate(parseIsoDate(iso) + k);

describe.each(towns)('properties — %s', (_, town) => {
  const cal = town();

  test('días hábiles: the end is hábil and exactly N días hábiles lie in (notified, end]', () => {
    for (const notified of days2026) {
      for (const amount of [1, 2, 5, 10, 15, 20, 30]) {
        const p = computePlazo(cal, { amount, notified });
        let count = 0;
        for (let d = next(notified); d <= p.end; d = next(d)) if (cal.isDiaHabil(d)) count++;
        const ok = cal.isDiaHabil(p.end) && count === amount
          && p.skipped.every((s) => !cal.isDiaHabil(s.date) && s.date > notified && s.date < p.end);
        if (!ok) expect({ notified, amount, end: p.end, count }).toBe('a día hábil with exactly N hábiles before it');
      }
    }
  });

  test('naturales, months, years: the end is the first día hábil on or after the nominal end', () => {
    for (const notified of days2026) {
      for (const [amount, unit] of [[1, 'naturales'], [10, 'naturales'], [1, 'meses'], [3, 'meses']] as const) {
        const p = computePlazo(cal, { amount, unit, notified });
        expect(cal.isDiaHabil(p.end)).toBe(true);
        expect(p.end >= p.nominalEnd!).toBe(true);
        for (let d = p.nominalEnd!; d < p.end; d = next(d)) expect(cal.isDiaHabil(d)).toBe(false);
      }
    }
  });

  test('a later notification never gives an earlier vencimiento', () => {
    let previous = '';
    for (const notified of days2026) {
      const end = computePlazo(cal, { amount: 10, notified }).end;
      expect(end >= previous).toBe(true);
      previous = end;
    }
  });

  test('an extension of 0 keeps the date; an extension of k = a plazo of N + k', () => {
    for (const notified of days2026.filter((_, i) => i % 7 === 0)) {
      const p = computePlazo(cal, { amount: 10, notified });
      expect(extendPlazo(cal, p, { amount: 0, decidedAt: notified }).end).toBe(p.end);
      expect(extendPlazo(cal, p, { amount: 5, decidedAt: p.end }).end).toBe(computePlazo(cal, { amount: 15, notified }).end);
    }
  });

  test('registro: the effective time is never before the real one, and falls on a día hábil', () => {
    for (const date of days2026) {
      for (const hour of [0, 12, 23]) {
        const at = new Date(zonedInstant(parseIsoDate(date), hour, 59, 59));
        const r = registroTime(cal, at);
        expect(r.effectiveMs).toBeGreaterThanOrEqual(r.realMs);
        expect(cal.isDiaHabil(r.effectiveDate)).toBe(true);
        expect(r.moved).toBe(!cal.isDiaHabil(date));
        if (r.moved) expect(r.effectiveMs).toBe(madridMidnight(parseIsoDate(r.effectiveDate)));
      }
    }
  });
});

describe('civil date arithmetic', () => {
  test('day numbers round-trip for every day from 1900 to 2199', () => {
    for (let n = toDayNumber(1900, 1, 1); n <= toDayNumber(2199, 12, 31); n++) {
      const { year, month, day } = fromDayNumber(n);
      if (day < 1 || day > daysInMonth(year, month) || toDayNumber(year, month, day) !== n) {
        throw new Error(`round trip failed at ${n}`);
      }
    }
    expect(toDayNumber(1970, 1, 1)).toBe(0);
    expect(toDayNumber(2026, 3, 3)).toBe(Date.UTC(2026, 2, 3) / 86_400_000);
  });

  test('months: same day number, or the last day of the month (30.4)', () => {
    for (const notified of days2026) {
      const n = parseIsoDate(notified);
      const from = fromDayNumber(n);
      for (const months of [1, 2, 6, 12, 25]) {
        const to = fromDayNumber(addMonthsSameDay(n, months));
        const index = from.year * 12 + from.month - 1 + months;
        expect([to.year, to.month]).toEqual([Math.floor(index / 12), (index % 12) + 1]);
        expect(to.day).toBe(Math.min(from.day, daysInMonth(to.year, to.month)));
      }
    }
  });
});
