import { computePlazo } from '../../../server/calendar/plazo.ts';
import { createCalendar } from '../../../server/calendar/calendar.ts';
import { communityCalendar } from '../../../server/calendar/community-calendar.ts';
import { holidayLayers } from '../../../server/calendar/holiday-layers.ts';
import { CalendarError } from '../../../server/calendar/calendar.errors.ts';
import { parseIsoDate } from '../../../server/calendar/civil-date.ts';
import { AppError } from '../../../server/errors/app-error.ts';
import { TOWNS } from './fixtures.ts';

const cal = () => TOWNS.calamonte();
const attempt = (fn: () => unknown): CalendarError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof CalendarError) return e;
    throw e;
  }
  throw new Error('expected a CalendarError');
};

describe('validation: clear errors, never a wrong answer', () => {
  test.each(['2026-02-30', '2027-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-2-3', '03/03/2026', 'hoy', '', '2026-03-03 ', '１２３４-01-01'])(
    'impossible or malformed date %p', (notified) => {
      const e = attempt(() => computePlazo(cal(), { amount: 10, notified }));
      expect(e).toMatchObject({ code: 'invalid_date', key: 'calendar:errors.invalidDate' });
    },
  );

  test('a malformed instant is an invalid instant', () => {
    expect(attempt(() => computePlazo(cal(), { amount: 10, notified: '2026-03-03T25:00:00Z' })).code).toBe('invalid_instant');
    expect(attempt(() => computePlazo(cal(), { amount: 10, notified: '2026-03-03T10:00' })).code).toBe('invalid_instant');
  });

  test('invalid date carries its key and params', () => {
    const e = attempt(() => parseIsoDate('2026-02-30'));
    expect(e).toBeInstanceOf(AppError);
    expect(e).toMatchObject({ code: 'invalid_date', key: 'calendar:errors.invalidDate', params: { value: '2026-02-30' }, status: 422 });
  });

  test('29 Feb exists in 2028 only', () => {
    expect(parseIsoDate('2028-02-29')).toBe(parseIsoDate('2028-03-01') - 1);
  });

  test.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '10' as unknown as number])('duration %p is refused', (amount) => {
    expect(attempt(() => computePlazo(cal(), { amount, notified: '2026-03-03' })).code).toBe('invalid_duration');
  });

  test.each([
    [2501, 'habiles'], [3654, 'naturales'], [121, 'meses'], [11, 'años'],
  ] as const)('absurd duration %i %s', (amount, unit) => {
    const e = attempt(() => computePlazo(cal(), { amount, unit, notified: '2026-03-03' }));
    expect(e.code).toBe('duration_too_long');
    expect(e.key).toBe('calendar:errors.durationTooLong');
    expect(e.params).toMatchObject({ amount, unit });
  });

  test('more than 24 hours must be expressed in days (30.1)', () => {
    const e = attempt(() => computePlazo(cal(), { amount: 25, unit: 'horas', notified: '2026-03-03T10:00:00+01:00' }));
    expect(e).toMatchObject({ code: 'hours_over_limit', params: { amount: 25, max: 24 } });
  });

  test('unknown units', () => {
    expect(attempt(() => computePlazo(cal(), { amount: 2, unit: 'semanas' as never, notified: '2026-03-03' })))
      .toMatchObject({ code: 'unknown_unit', key: 'calendar:errors.unknownUnit', params: { unit: 'semanas' } });
  });

  test('hours need an instant with its offset', () => {
    expect(attempt(() => computePlazo(cal(), { amount: 2, unit: 'horas', notified: '2026-03-03' })).code).toBe('invalid_instant');
    expect(attempt(() => computePlazo(cal(), { amount: 2, unit: 'horas', notified: '2026-03-03T10:00:00' })).code).toBe('invalid_instant');
    expect(attempt(() => computePlazo(cal(), { amount: 2, unit: 'horas', notified: new Date(Number.NaN) })).code).toBe('invalid_instant');
  });

  test('a plazo that leaves the calendar\'s years is refused, not guessed', () => {
    const legazpi = TOWNS.legazpi(); // 2026–2027
    expect(attempt(() => computePlazo(legazpi, { amount: 30, notified: '2027-12-10' })))
      .toMatchObject({ code: 'year_not_covered', params: { year: 2028, firstYear: 2026, lastYear: 2027 } });
    expect(attempt(() => computePlazo(legazpi, { amount: 1, notified: '2025-06-02' })).code).toBe('year_not_covered');
    expect(attempt(() => computePlazo(legazpi, { amount: 1, unit: 'meses', notified: '2027-12-15' })).code).toBe('year_not_covered');
    // The notification may be on 31 Dec of the year before: counting starts on 1 Jan.
    expect(computePlazo(legazpi, { amount: 1, notified: '2025-12-31' }).end).toBe('2026-01-02');
  });

  test('calendars: bad years, festivos out of range, unknown community', () => {
    expect(attempt(() => createCalendar({ firstYear: 2027, lastYear: 2026, festivos: [] })).code).toBe('invalid_calendar');
    expect(attempt(() => createCalendar({ firstYear: 2026, lastYear: 2026, festivos: [{ date: '2026-02-30', layer: 'local', names: { es: 'x' } }] })).code).toBe('invalid_date');
    expect(attempt(() => createCalendar({ firstYear: 2026, lastYear: 2026, festivos: [{ date: '2027-01-01', layer: 'local', names: { es: 'x' } }] })).code).toBe('year_not_covered');
    expect(attempt(() => createCalendar({ firstYear: 2026, lastYear: 2026, festivos: [{ date: '2026-05-01', layer: 'regional' as never, names: { es: 'x' } }] })).code).toBe('invalid_calendar');
    expect(attempt(() => communityCalendar({ community: 'XX' as never, firstYear: 2026, lastYear: 2026 })).code).toBe('unknown_community');
    expect(attempt(() => holidayLayers('EX', 1999)).code).toBe('year_not_covered');
  });
});
