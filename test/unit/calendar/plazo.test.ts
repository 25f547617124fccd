import { computePlazo } from '../../../server/calendar/plazo.ts';
import type { PlazoUnit } from '../../../server/calendar/plazo-result.ts';
import { andalucia, TOWNS } from './fixtures.ts';

/**
 * Deadline cases worked out by hand from the law (LPAC 30) and a printed 2026/2027
 * calendar, not from the engine. 2026: 1 Mar Sun, 19 Mar Thu, 2–3 Apr Thu–Fri (Jueves and
 * Viernes Santo), 6 Apr Mon (Lunes de Pascua: País Vasco, Balears), 28 Feb Sat, 25 Dec Fri.
 * 2027: 1 Jan Fri, 6 Jan Wed, 28 Feb Sun, 19 Mar Fri. 2028 is a leap year.
 */
type Town = keyof typeof TOWNS;
type Case = [town: Town, amount: number, unit: PlazoUnit, notified: string, end: string, why: string];

const cases: Case[] = [
  // ---- días hábiles (30.2, 30.3) ---------------------------------------------------
  ['calamonte', 10, 'habiles', '2026-03-03', '2026-03-17', 'skips two weekends (7-8, 14-15 Mar)'],
  ['calamonte', 10, 'habiles', '2026-03-10', '2026-03-25', '19 Mar is a local festivo in Calamonte'],
  ['legazpi', 10, 'habiles', '2026-03-10', '2026-03-25', '19 Mar is an autonomic festivo in País Vasco'],
  ['ssReyes', 10, 'habiles', '2026-03-10', '2026-03-24', '19 Mar is a working day in Madrid'],
  ['calamonte', 5, 'habiles', '2026-04-01', '2026-04-10', 'Jueves/Viernes Santo skipped, Lunes de Pascua counts in Extremadura'],
  ['legazpi', 5, 'habiles', '2026-04-01', '2026-04-13', 'Lunes de Pascua is inhábil in País Vasco'],
  ['sonServera', 1, 'habiles', '2026-04-01', '2026-04-07', 'chain 2, 3, 4, 5, 6 Apr in Balears'],
  ['calamonte', 1, 'habiles', '2026-04-01', '2026-04-06', 'chain 2, 3, 4, 5 Apr in Extremadura'],
  ['cartagena', 10, 'habiles', '2026-03-23', '2026-04-09', 'Viernes de Dolores (local) + Semana Santa'],
  ['calamonte', 30, 'habiles', '2026-03-02', '2026-04-16', '30 días hábiles through March and Semana Santa'],
  ['legazpi', 30, 'habiles', '2026-03-02', '2026-04-17', 'same dates, one more festivo (6 Apr)'],
  ['ssReyes', 30, 'habiles', '2026-03-02', '2026-04-15', 'same dates, 19 Mar counts in Madrid'],
  ['calamonte', 5, 'habiles', '2026-12-22', '2026-12-30', 'crosses 25 Dec (Fri) and its weekend'],
  ['calamonte', 10, 'habiles', '2026-12-22', '2027-01-08', 'crosses 25 Dec, 1 Jan and 6 Jan'],
  ['ssReyes', 20, 'habiles', '2026-12-15', '2027-01-15', 'Christmas and Reyes'],
  ['calamonte', 1, 'habiles', '2026-03-07', '2026-03-09', 'notified on a Saturday: first hábil after it'],
  ['calamonte', 1, 'habiles', '2026-03-06', '2026-03-09', 'notified on a Friday: Monday'],
  ['calamonte', 1, 'habiles', '2026-12-31', '2027-01-04', '1 Jan (Fri) and the weekend'],
  ['calamonte', 1, 'habiles', '2027-01-05', '2027-01-07', '6 Jan 2027 (Wed)'],
  ['calamonte', 5, 'habiles', '2026-02-26', '2026-03-05', 'weekend across two months'],
  ['ssReyes', 3, 'habiles', '2026-01-16', '2026-01-22', 'local festivo 20 Jan (San Sebastián)'],
  ['calamonte', 2, 'habiles', '2026-10-30', '2026-11-04', '2 Nov: Extremadura moves Todos los Santos to Monday'],
  ['legazpi', 2, 'habiles', '2026-10-30', '2026-11-03', 'no Monday substitute in País Vasco'],

  // ---- días naturales (30.2) and 30.5 ---------------------------------------------
  ['calamonte', 10, 'naturales', '2026-03-05', '2026-03-16', 'ends on Sunday 15 Mar → Monday'],
  ['calamonte', 15, 'naturales', '2026-03-01', '2026-03-16', 'notified on a Sunday; ends on a Monday'],
  ['calamonte', 10, 'naturales', '2026-03-09', '2026-03-20', 'ends on 19 Mar, local festivo'],
  ['ssReyes', 10, 'naturales', '2026-03-09', '2026-03-19', '19 Mar is hábil in Madrid'],
  ['calamonte', 30, 'naturales', '2026-03-02', '2026-04-01', 'ends on a Wednesday, hábil'],
  ['calamonte', 3, 'naturales', '2026-03-30', '2026-04-06', 'ends on Jueves Santo → Monday'],
  ['legazpi', 3, 'naturales', '2026-03-30', '2026-04-07', 'ends on Jueves Santo → Tuesday (Lunes de Pascua)'],
  ['calamonte', 10, 'naturales', '2026-12-15', '2026-12-28', 'ends on Christmas (Fri) → Monday'],
  ['calamonte', 10, 'naturales', '2026-12-27', '2027-01-07', 'ends on 6 Jan → 7 Jan'],
  ['calamonte', 5, 'naturales', '2026-12-27', '2027-01-04', 'ends on 1 Jan (Fri) → Monday 4'],

  // ---- months and years (30.4) + 30.5 ---------------------------------------------
  ['calamonte', 1, 'meses', '2026-01-31', '2026-03-02', '31 Jan + 1 month = 28 Feb (Sat) → Mon 2 Mar'],
  ['sonServera', 1, 'meses', '2026-01-31', '2026-03-03', '28 Feb (Sat) → 2 Mar is Balears festivo → 3 Mar'],
  ['calamonte', 1, 'meses', '2027-01-31', '2027-03-01', '28 Feb 2027 is a Sunday'],
  ['sonServera', 1, 'meses', '2027-01-31', '2027-03-02', '1 Mar 2027 is Día de les Illes Balears'],
  ['calamonte', 1, 'meses', '2028-01-31', '2028-02-29', 'leap year: 29 Feb 2028 (Tue)'],
  ['calamonte', 1, 'meses', '2026-01-15', '2026-02-16', 'same day number: 15 Feb (Sun) → 16'],
  ['calamonte', 1, 'meses', '2026-01-30', '2026-03-02', 'no 30 Feb: last day, 28 Feb (Sat) → 2 Mar'],
  ['calamonte', 1, 'meses', '2026-02-28', '2026-03-30', '28 Mar (Sat) → 30 Mar'],
  ['calamonte', 3, 'meses', '2026-11-30', '2027-03-01', 'no 30 Feb 2027: 28 Feb (Sun) → 1 Mar'],
  ['calamonte', 1, 'meses', '2026-12-06', '2027-01-07', 'lands on 6 Jan → 7 Jan'],
  ['calamonte', 2, 'meses', '2026-02-02', '2026-04-06', 'lands on Jueves Santo → Monday 6'],
  ['legazpi', 2, 'meses', '2026-02-02', '2026-04-07', 'lands on Jueves Santo → Tuesday 7 in País Vasco'],
  ['calamonte', 6, 'meses', '2026-08-31', '2027-03-01', 'no 31 Feb: 28 Feb 2027 (Sun) → 1 Mar'],
  ['legazpi', 3, 'meses', '2026-12-19', '2027-03-22', '19 Mar 2027 (Fri) San José in País Vasco → Mon 22'],
  ['ssReyes', 3, 'meses', '2026-12-19', '2027-03-19', '19 Mar 2027 is hábil in Madrid'],
  ['calamonte', 1, 'años', '2025-12-25', '2026-12-28', 'year: 25 Dec 2026 (Fri) → Mon 28'],
];

describe('computePlazo — hand-computed cases', () => {
  test.each(cases)('%s: %i %s from %s → %s (%s)', (town, amount, unit, notified, end) => {
    expect(computePlazo(TOWNS[town](), { amount, unit, notified }).end).toBe(end);
  });

  test('1 year from 29 Feb 2028 ends on 28 Feb 2029, Día de Andalucía → 1 Mar', () => {
    const p = computePlazo(andalucia(), { amount: 1, unit: 'años', notified: '2028-02-29' });
    expect(p.nominalEnd).toBe('2029-02-28');
    expect(p.end).toBe('2029-03-01');
  });

  test('months are not N×30 days', () => {
    const p = computePlazo(TOWNS.calamonte(), { amount: 2, unit: 'meses', notified: '2026-06-15' });
    expect(p.nominalEnd).toBe('2026-08-15'); // 30×2 would give 14 Aug
    expect(p.end).toBe('2026-08-17'); // 15 Aug is a Saturday (and Asunción)
  });

  test('días hábiles is the default unit', () => {
    expect(computePlazo(TOWNS.calamonte(), { amount: 10, notified: '2026-03-03' }).end).toBe('2026-03-17');
  });

  test('a notification given as an instant is read in Europe/Madrid', () => {
    // 2026-03-06T23:30Z is Saturday 7 Mar 00:30 in Madrid: the next hábil after Saturday is Monday 9.
    expect(computePlazo(TOWNS.calamonte(), { amount: 1, notified: '2026-03-06T23:30:00Z' }).notified).toBe('2026-03-07');
    expect(computePlazo(TOWNS.calamonte(), { amount: 1, notified: new Date('2026-03-06T22:30:00Z') }).notified).toBe('2026-03-06');
  });
});

describe('steps', () => {
  test('10 días hábiles: start the day after, each skipped day with its reason, the end', () => {
    const p = computePlazo(TOWNS.calamonte(), { amount: 10, notified: '2026-03-10' });
    expect(p.steps).toEqual([
      { kind: 'notified', date: '2026-03-10', rule: 'LPAC 30.3' },
      { kind: 'start', date: '2026-03-11', rule: 'LPAC 30.3' },
      { kind: 'skipped', date: '2026-03-14', motivos: [{ kind: 'weekend', weekday: 'saturday' }], rule: 'LPAC 30.2' },
      { kind: 'skipped', date: '2026-03-15', motivos: [{ kind: 'weekend', weekday: 'sunday' }], rule: 'LPAC 30.2' },
      { kind: 'skipped', date: '2026-03-19', motivos: [{ kind: 'holiday', layer: 'local', names: { es: 'San José' } }], rule: 'LPAC 30.2' },
      { kind: 'skipped', date: '2026-03-21', motivos: [{ kind: 'weekend', weekday: 'saturday' }], rule: 'LPAC 30.2' },
      { kind: 'skipped', date: '2026-03-22', motivos: [{ kind: 'weekend', weekday: 'sunday' }], rule: 'LPAC 30.2' },
      { kind: 'end', date: '2026-03-25', rule: 'LPAC 30.2' },
    ]);
  });

  test('the same 19 March is an autonomic festivo in Legazpi', () => {
    const p = computePlazo(TOWNS.legazpi(), { amount: 10, notified: '2026-03-10' });
    expect(p.skipped.find((s) => s.date === '2026-03-19')?.motivos).toEqual([{ kind: 'holiday', layer: 'autonomic', names: { es: 'San José', ca: 'Sant Josep', eu: 'San Jose eguna' } }]);
  });

  test('a day can be inhábil for several reasons', () => {
    const p = computePlazo(TOWNS.legazpi(), { amount: 6, notified: '2026-07-23' });
    expect(p.end).toBe('2026-08-03'); // 24, 27, 28, 29, 30 Jul and Mon 3 Aug
    expect(p.skipped.find((s) => s.date === '2026-07-25')?.motivos).toEqual([
      { kind: 'weekend', weekday: 'saturday' }, { kind: 'holiday', layer: 'autonomic', names: { es: 'Santiago Apóstol', ca: 'Sant Jaume', eu: 'Santiago Apostolua' } },
    ]);
    expect(p.skipped.find((s) => s.date === '2026-07-31')?.motivos).toEqual([{ kind: 'holiday', layer: 'local', names: { es: 'San Ignacio de Loyola' } }]);
  });

  test('a month plazo shows the nominal end and the 30.5 move', () => {
    const p = computePlazo(TOWNS.sonServera(), { amount: 1, unit: 'meses', notified: '2026-01-31' });
    expect(p.start).toBe('2026-02-01');
    expect(p.steps).toEqual([
      { kind: 'notified', date: '2026-01-31', rule: 'LPAC 30.4' },
      { kind: 'start', date: '2026-02-01', rule: 'LPAC 30.4' },
      { kind: 'nominalEnd', date: '2026-02-28', inhabil: true, rule: 'LPAC 30.4' },
      { kind: 'skipped', date: '2026-02-28', motivos: [{ kind: 'weekend', weekday: 'saturday' }], rule: 'LPAC 30.5' },
      { kind: 'skipped', date: '2026-03-01', motivos: [{ kind: 'weekend', weekday: 'sunday' }, { kind: 'holiday', layer: 'autonomic', names: { es: 'Día de las Illes Balears', ca: 'Diada de les Illes Balears', eu: 'Balear Uharteetako eguna' } }], rule: 'LPAC 30.5' },
      { kind: 'skipped', date: '2026-03-02', motivos: [{ kind: 'holiday', layer: 'autonomic', names: { es: 'Día de las Illes Balears (día sustitutivo)', ca: 'Diada de les Illes Balears (dia substitutiu)', eu: 'Balear Uharteetako eguna (ordezko eguna)' } }], rule: 'LPAC 30.5' },
      { kind: 'end', date: '2026-03-03', rule: 'LPAC 30.5' },
    ]);
  });

  test('naturales ending on a hábil day keep it, without 30.5', () => {
    const p = computePlazo(TOWNS.calamonte(), { amount: 30, unit: 'naturales', notified: '2026-03-02' });
    expect(p.steps.at(-2)).toEqual({ kind: 'nominalEnd', date: '2026-04-01', inhabil: false, rule: 'LPAC 30.2' });
    expect(p.steps.at(-1)).toEqual({ kind: 'end', date: '2026-04-01', rule: 'LPAC 30.2' });
    expect(p.skipped).toEqual([]);
  });

  test('steps and dates serialise as plain JSON', () => {
    const json = JSON.parse(JSON.stringify(computePlazo(TOWNS.calamonte(), { amount: 10, notified: '2026-03-03' })));
    expect(json).toMatchObject({ amount: 10, unit: 'habiles', notified: '2026-03-03', start: '2026-03-04', end: '2026-03-17' });
    expect(json.steps).toHaveLength(7);
  });
});
