import { formatZonedInstant, madridMidnight, parseInstant, toZoned, zonedInstant } from '../../../server/calendar/madrid-time.ts';
import { parseIsoDate } from '../../../server/calendar/civil-date.ts';

describe('Europe/Madrid conversions (DST-correct via Intl)', () => {
  test('the March change: 02:00 CET jumps to 03:00 CEST on 29 Mar 2026', () => {
    expect(formatZonedInstant(Date.parse('2026-03-29T00:59:59Z'))).toBe('2026-03-29T01:59:59+01:00');
    expect(formatZonedInstant(Date.parse('2026-03-29T01:00:00Z'))).toBe('2026-03-29T03:00:00+02:00');
    // 02:30 does not exist: moved forward by the gap
    expect(zonedInstant(parseIsoDate('2026-03-29'), 2, 30)).toBe(Date.parse('2026-03-29T01:30:00Z'));
  });

  test('the October change: 02:00–03:00 happens twice on 25 Oct 2026; the first is taken', () => {
    expect(formatZonedInstant(Date.parse('2026-10-25T00:30:00Z'))).toBe('2026-10-25T02:30:00+02:00');
    expect(formatZonedInstant(Date.parse('2026-10-25T01:30:00Z'))).toBe('2026-10-25T02:30:00+01:00');
    expect(zonedInstant(parseIsoDate('2026-10-25'), 2, 30)).toBe(Date.parse('2026-10-25T00:30:00Z'));
  });

  test('midnights around the changes', () => {
    expect(new Date(madridMidnight(parseIsoDate('2026-03-29'))).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(new Date(madridMidnight(parseIsoDate('2026-03-30'))).toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(new Date(madridMidnight(parseIsoDate('2026-10-25'))).toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(new Date(madridMidnight(parseIsoDate('2026-10-26'))).toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });

  test('wall time of an instant', () => {
    expect(toZoned(Date.parse('2026-12-31T23:30:00Z'))).toMatchObject({ date: '2027-01-01', hour: 0, minute: 30, offsetMinutes: 60 });
    expect(toZoned(Date.parse('2026-07-01T22:00:00Z'))).toMatchObject({ date: '2026-07-02', hour: 0, offsetMinutes: 120 });
  });

  test('instants need an offset', () => {
    expect(parseInstant('2026-03-03T10:00:00+01:00')).toBe(Date.parse('2026-03-03T09:00:00Z'));
    expect(parseInstant(new Date(0))).toBe(0);
    expect(() => parseInstant('2026-03-03T10:00:00')).toThrow(expect.objectContaining({ code: 'invalid_instant' }));
    expect(() => parseInstant(1_700_000_000_000)).toThrow(expect.objectContaining({ code: 'invalid_instant' }));
  });
});
