import { longDateTime, officialTime } from '../../../server/calendar/official-time.ts';

/** The sede's official time around the DST changes of 2026 (29 Mar, 25 Oct), with fixed instants. */
describe('officialTime', () => {
  test('last second of winter time and first of summer time (29 Mar 2026)', () => {
    const a = officialTime(Date.parse('2026-03-29T00:59:59Z'), 'es');
    const b = officialTime(Date.parse('2026-03-29T01:00:00Z'), 'es');
    expect(a).toMatchObject({ date: '2026-03-29', time: '01:59:59', offset: '+01:00', offsetMinutes: 60, summerTime: false, local: '2026-03-29T01:59:59+01:00' });
    expect(b).toMatchObject({ date: '2026-03-29', time: '03:00:00', offset: '+02:00', offsetMinutes: 120, summerTime: true, local: '2026-03-29T03:00:00+02:00' });
    expect(b.text).toBe('domingo, 29 de marzo de 2026, 03:00:00 (UTC+02:00)');
    expect(b.utc).toBe('2026-03-29T01:00:00.000Z');
  });

  test('the October fold: 02:30 happens twice, told apart by the offset', () => {
    const first = officialTime(Date.parse('2026-10-25T00:30:00Z'), 'ca');
    const second = officialTime(Date.parse('2026-10-25T01:30:00Z'), 'ca');
    expect([first.time, second.time]).toEqual(['02:30:00', '02:30:00']);
    expect([first.offset, second.offset]).toEqual(['+02:00', '+01:00']);
    expect(first.text).toBe("diumenge, 25 d'octubre de 2026, 02:30:00 (UTC+02:00)");
  });

  test('New Year in Madrid is still 31 December in UTC', () => {
    expect(officialTime(Date.parse('2026-12-31T23:30:00Z'), 'es')).toMatchObject({ date: '2027-01-01', time: '00:30:00', offset: '+01:00' });
  });

  test('long form in es, ca and eu (Euskaltzaindia rule 37)', () => {
    expect(longDateTime('es', '2026-11-24', '10:05:00', '+01:00')).toBe('martes, 24 de noviembre de 2026, 10:05:00 (UTC+01:00)');
    expect(longDateTime('ca', '2026-04-01', '10:05:00', '+02:00')).toBe("dimecres, 1 d'abril de 2026, 10:05:00 (UTC+02:00)");
    expect(longDateTime('eu', '2026-03-17', '10:05:00', '+01:00')).toBe('2026ko martxoaren 17a, asteartea, 10:05:00 (UTC+01:00)');
    expect(longDateTime('eu', '2031-01-11', '10:05:00', '+01:00')).toBe('2031ko urtarrilaren 11, larunbata, 10:05:00 (UTC+01:00)');
    expect(longDateTime('eu', '2021-05-01', '09:00:00', '+02:00')).toBe('2021eko maiatzaren 1a, larunbata, 09:00:00 (UTC+02:00)');
  });
});
