import { compareRegistroTimes, filedInTime, registroTime } from '../../../server/calendar/registro-time.ts';
import { computePlazo } from '../../../server/calendar/plazo.ts';
import { TOWNS } from './fixtures.ts';

type Town = keyof typeof TOWNS;

/**
 * LPAC 31.2.b: a filing on a día inhábil counts as made at 00:00 of the next día hábil
 * (sede time, Europe/Madrid), with its real order kept; only the sede's calendar counts.
 */
describe('registro time (31.2.b)', () => {
  test.each<[Town, string, string, boolean, string]>([
    ['calamonte', '2026-03-07T23:59:59+01:00', '2026-03-09T00:00:00+01:00', true, 'Saturday 23:59:59 → Monday 00:00'],
    ['calamonte', '2026-03-07T00:00:00+01:00', '2026-03-09T00:00:00+01:00', true, 'Saturday 00:00:00 → Monday 00:00'],
    ['calamonte', '2026-03-06T23:59:59+01:00', '2026-03-06T23:59:59+01:00', false, 'Friday 23:59:59 is hábil: unchanged'],
    ['calamonte', '2026-03-09T00:00:00+01:00', '2026-03-09T00:00:00+01:00', false, 'Monday 00:00:00 is hábil: unchanged'],
    ['calamonte', '2026-03-08T23:59:59+01:00', '2026-03-09T00:00:00+01:00', true, 'Sunday 23:59:59 → Monday 00:00'],
    ['calamonte', '2026-03-28T23:59:59+01:00', '2026-03-30T00:00:00+02:00', true, 'Saturday before the March change → Monday 00:00 CEST'],
    ['calamonte', '2026-03-29T00:30:00Z', '2026-03-30T00:00:00+02:00', true, 'Sunday 01:30 CET, just before the gap'],
    ['calamonte', '2026-03-29T01:30:00Z', '2026-03-30T00:00:00+02:00', true, 'Sunday 03:30 CEST, just after the gap'],
    ['cartagena', '2026-03-27T10:00:00+01:00', '2026-03-30T00:00:00+02:00', true, 'Friday local festivo in Cartagena → Monday'],
    ['calamonte', '2026-03-27T10:00:00+01:00', '2026-03-27T10:00:00+01:00', false, 'the same Friday is hábil in Calamonte'],
    ['calamonte', '2026-10-25T00:30:00Z', '2026-10-26T00:00:00+01:00', true, '02:30 CEST, first pass through the October fold'],
    ['calamonte', '2026-10-25T01:30:00Z', '2026-10-26T00:00:00+01:00', true, '02:30 CET, second pass'],
    ['calamonte', '2026-10-24T23:59:59+02:00', '2026-10-26T00:00:00+01:00', true, 'Saturday before the October change'],
    ['calamonte', '2026-04-02T00:00:00+02:00', '2026-04-06T00:00:00+02:00', true, 'Jueves Santo → Monday in Extremadura'],
    ['legazpi', '2026-04-02T00:00:00+02:00', '2026-04-07T00:00:00+02:00', true, 'Jueves Santo → Tuesday in País Vasco'],
    ['calamonte', '2026-04-01T23:59:59+02:00', '2026-04-01T23:59:59+02:00', false, 'Wednesday 23:59:59 before Semana Santa'],
    ['calamonte', '2026-12-31T23:59:59+01:00', '2026-12-31T23:59:59+01:00', false, '31 Dec is hábil'],
    ['calamonte', '2027-01-01T00:00:00+01:00', '2027-01-04T00:00:00+01:00', true, 'New Year at midnight → Monday 4 Jan'],
  ])('%s: %s → %s', (town, filed, effective, moved) => {
    const r = registroTime(TOWNS[town](), filed);
    expect(r.effectiveAt).toBe(effective);
    expect(r.moved).toBe(moved);
  });

  test('returns both times, real first on the justificante', () => {
    const r = registroTime(TOWNS.calamonte(), '2026-03-07T22:59:59Z');
    expect(r).toMatchObject({
      realAt: '2026-03-07T23:59:59+01:00', realDate: '2026-03-07', realTime: '23:59:59',
      effectiveAt: '2026-03-09T00:00:00+01:00', effectiveDate: '2026-03-09', moved: true,
    });
    expect(r.steps.map((s) => s.kind)).toEqual(['filed', 'skipped', 'skipped', 'effective']);
  });

  test('inhábil filings keep their real order and rank before the next day\'s', () => {
    const cal = TOWNS.calamonte();
    const fridayLate = registroTime(cal, '2026-03-20T23:00:00+01:00');
    const saturday = registroTime(cal, '2026-03-21T10:00:00+01:00');
    const sunday = registroTime(cal, '2026-03-22T09:00:00+01:00');
    const monday = registroTime(cal, '2026-03-23T00:00:00+01:00');
    const mondayLater = registroTime(cal, '2026-03-23T08:00:00+01:00');
    expect(saturday.effectiveMs).toBe(sunday.effectiveMs);
    expect(saturday.effectiveMs).toBe(monday.effectiveMs);
    const sorted = [mondayLater, sunday, monday, fridayLate, saturday].sort(compareRegistroTimes);
    expect(sorted).toEqual([fridayLate, saturday, sunday, monday, mondayLater]);
  });

  test('filedInTime: the effective date decides a plazo in días hábiles', () => {
    const cal = TOWNS.calamonte();
    const plazo = computePlazo(cal, { amount: 10, notified: '2026-03-05' });
    expect(plazo.end).toBe('2026-03-20'); // 6, 9–13, 16–18, (19 local), 20
    expect(filedInTime(cal, plazo, '2026-03-20T23:59:59+01:00').inTime).toBe(true);
    expect(filedInTime(cal, plazo, '2026-03-21T00:00:00+01:00').inTime).toBe(false); // counts as Monday 23
  });

  test('filedInTime: a plazo in hours ends at its instant', () => {
    const cal = TOWNS.calamonte();
    const plazo = computePlazo(cal, { amount: 24, unit: 'horas', notified: '2026-03-06T10:15:00+01:00' });
    expect(filedInTime(cal, plazo, '2026-03-09T10:15:00+01:00').inTime).toBe(true);
    expect(filedInTime(cal, plazo, '2026-03-09T10:16:00+01:00').inTime).toBe(false);
  });
});
