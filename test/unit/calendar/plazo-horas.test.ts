import { computePlazo } from '../../../server/calendar/plazo.ts';
import { TOWNS } from './fixtures.ts';

type Town = keyof typeof TOWNS;

/**
 * LPAC 30.1: hours of días hábiles only, minute by minute from the notification, max 24.
 * Expected instants worked out by hand; Madrid is +01:00 until 29 Mar 2026 02:00 and from
 * 25 Oct 2026 03:00, +02:00 in between (both changes on Sundays, días inhábiles).
 */
describe('plazos in hours (30.1)', () => {
  test.each<[Town, number, string, string, string, string, string]>([
    ['calamonte', 24, '2026-03-06T10:15:00+01:00', '2026-03-09', '2026-03-09T10:15:00+01:00', '10:15', 'Friday 10:15 → skip the weekend → Monday 10:15'],
    ['calamonte', 24, '2026-03-07T10:00:00+01:00', '2026-03-09', '2026-03-10T00:00:00+01:00', '24:00', 'notified on Saturday: counting starts Monday 00:00, ends Monday 24:00'],
    ['calamonte', 12, '2026-03-26T18:00:00+01:00', '2026-03-27', '2026-03-27T06:00:00+01:00', '06:00', 'Thursday evening → Friday morning'],
    ['cartagena', 12, '2026-03-26T18:00:00+01:00', '2026-03-30', '2026-03-30T06:00:00+02:00', '06:00', '6 h on Thu, Fri local festivo, weekend with the March DST change, 6 h on Mon (CEST)'],
    ['calamonte', 8, '2026-10-23T20:00:00+02:00', '2026-10-26', '2026-10-26T04:00:00+01:00', '04:00', '4 h on Friday (CEST), weekend with the October change, 4 h on Monday (CET)'],
    ['calamonte', 1, '2026-03-17T10:15:37+01:00', '2026-03-17', '2026-03-17T11:15:00+01:00', '11:15', 'minute by minute: the seconds of the notification are dropped'],
    ['calamonte', 24, '2026-03-18T12:00:00+01:00', '2026-03-20', '2026-03-20T12:00:00+01:00', '12:00', '19 Mar is a local festivo in Calamonte'],
    ['ssReyes', 24, '2026-03-18T12:00:00+01:00', '2026-03-19', '2026-03-19T12:00:00+01:00', '12:00', '19 Mar is hábil in Madrid'],
    ['legazpi', 24, '2026-04-01T09:30:00+02:00', '2026-04-07', '2026-04-07T09:30:00+02:00', '09:30', 'Jueves Santo to Lunes de Pascua skipped in País Vasco'],
    ['calamonte', 24, '2026-12-31T16:00:00+01:00', '2027-01-04', '2027-01-04T16:00:00+01:00', '16:00', 'New Year and the weekend'],
  ])('%s: %i h from %s → %s %s', (town, amount, notified, end, endsAt, endTime) => {
    const p = computePlazo(TOWNS[town](), { amount, unit: 'horas', notified });
    expect(p.end).toBe(end);
    expect(p.endsAt).toBe(endsAt);
    expect(p.endTime).toBe(endTime);
  });

  test('the steps carry the instants and the skipped days', () => {
    const p = computePlazo(TOWNS.calamonte(), { amount: 24, unit: 'horas', notified: new Date('2026-03-07T09:00:00Z') });
    expect(p.steps).toEqual([
      { kind: 'notified', date: '2026-03-07', at: '2026-03-07T10:00:00+01:00', rule: 'LPAC 30.1' },
      { kind: 'start', date: '2026-03-09', at: '2026-03-09T00:00:00+01:00', rule: 'LPAC 30.1' },
      { kind: 'skipped', date: '2026-03-07', motivos: [{ kind: 'weekend', weekday: 'saturday' }], rule: 'LPAC 30.1' },
      { kind: 'skipped', date: '2026-03-08', motivos: [{ kind: 'weekend', weekday: 'sunday' }], rule: 'LPAC 30.1' },
      { kind: 'end', date: '2026-03-09', at: '2026-03-10T00:00:00+01:00', rule: 'LPAC 30.1' },
    ]);
  });
});
