import { computePlazo } from '../../../server/calendar/plazo.ts';
import { registroTime } from '../../../server/calendar/registro-time.ts';
import { extendAfterInterruption, extendPlazo } from '../../../server/calendar/extension.ts';
import { euSuffix, formatDayList } from '../../../server/calendar/explain.ts';
import { CALENDAR_SENTENCES } from '../../../server/calendar/explain-templates.ts';
import { TOWNS } from './fixtures.ts';

describe('explain(lng): one whole sentence per language', () => {
  const p = computePlazo(TOWNS.calamonte(), { amount: 10, notified: '2026-03-03' });

  test('días hábiles', () => {
    expect(p.explain('es')).toBe('10 días hábiles desde el 3/3/2026 → vence el 17/3/2026; se saltan 7, 8, 14 y 15/3');
    expect(p.explain('ca')).toBe('10 dies hàbils des del 3/3/2026 → venç el 17/3/2026; es salten els dies 7, 8, 14 i 15/3');
    expect(p.explain('eu')).toBe('2026/03/03tik aurrera, 10 egun baliodun → epea 2026/03/17an amaitzen da; egun baliogabe hauek ez dira zenbatzen: 2026/03/07, 2026/03/08, 2026/03/14 eta 2026/03/15');
  });

  test('singular unit and a single skipped day', () => {
    const one = computePlazo(TOWNS.calamonte(), { amount: 1, notified: '2026-03-18' }); // 19 local → 20
    expect(one.explain('es')).toBe('1 día hábil desde el 18/3/2026 → vence el 20/3/2026; se salta el 19/3');
    expect(one.explain('ca')).toBe('1 dia hàbil des del 18/3/2026 → venç el 20/3/2026; es salta el 19/3');
  });

  test('skipped days across months and across years', () => {
    expect(computePlazo(TOWNS.calamonte(), { amount: 5, notified: '2026-02-26' }).explain('es'))
      .toBe('5 días hábiles desde el 26/2/2026 → vence el 5/3/2026; se saltan 28/2 y 1/3');
    expect(computePlazo(TOWNS.calamonte(), { amount: 10, notified: '2026-12-22' }).explain('es'))
      .toBe('10 días hábiles desde el 22/12/2026 → vence el 8/1/2027; se saltan 25/12/2026, 26/12/2026, 27/12/2026, 1/1/2027, 2/1/2027, 3/1/2027 y 6/1/2027');
  });

  test('naturales moved by 30.5', () => {
    const n = computePlazo(TOWNS.calamonte(), { amount: 10, unit: 'naturales', notified: '2026-03-05' });
    expect(n.explain('es')).toBe('10 días naturales desde el 5/3/2026 → el 15/3/2026 es inhábil, así que vence el 16/3/2026');
    expect(n.explain('ca')).toBe('10 dies naturals des del 5/3/2026 → el 15/3/2026 és inhàbil, per tant venç el 16/3/2026');
    expect(n.explain('eu')).toBe('2026/03/05etik aurrera, 10 egun natural → 2026/03/15 egun baliogabea denez, epea 2026/03/16an amaitzen da');
  });

  test('months without a move', () => {
    const m = computePlazo(TOWNS.calamonte(), { amount: 1, unit: 'meses', notified: '2028-01-31' });
    expect(m.explain('es')).toBe('1 mes desde el 31/1/2028 → vence el 29/2/2028');
    expect(m.explain('eu')).toBe('2028/01/31tik aurrera, 1 hilabete → epea 2028/02/29an amaitzen da');
  });

  test('hours', () => {
    const h = computePlazo(TOWNS.calamonte(), { amount: 24, unit: 'horas', notified: '2026-03-06T10:15:00+01:00' });
    expect(h.explain('es')).toBe('24 horas hábiles desde el 6/3/2026 a las 10:15 → vence el 9/3/2026 a las 10:15; se saltan 7 y 8/3');
    expect(h.explain('ca')).toBe('24 hores hàbils des del 6/3/2026 a les 10:15 → venç el 9/3/2026 a les 10:15; es salten els dies 7 i 8/3');
    expect(h.explain('eu')).toBe('2026/03/06ko 10:15etik aurrera, 24 ordu baliodun → epea 2026/03/09ko 10:15ean amaitzen da; egun baliogabe hauek ez dira zenbatzen: 2026/03/07 eta 2026/03/08');
    const one = computePlazo(TOWNS.calamonte(), { amount: 1, unit: 'horas', notified: '2026-03-17T01:05:00+01:00' });
    expect(one.explain('es')).toBe('1 hora hábil desde el 17/3/2026 a la 1:05 → vence el 17/3/2026 a las 2:05');
  });

  test('registro, extension and interruption sentences', () => {
    const cal = TOWNS.calamonte();
    expect(registroTime(cal, '2026-03-07T23:59:59+01:00').explain('es'))
      .toBe('Presentado el 7/3/2026 a las 23:59:59, día inhábil → se entiende presentado el 9/3/2026 a las 0:00, primera hora del primer día hábil siguiente, conservando su orden real');
    expect(registroTime(cal, '2026-03-06T10:00:00+01:00').explain('ca')).toBe('Presentat el 6/3/2026 a les 10:00:00, dia hàbil: compta aquesta data i hora');
    expect(extendPlazo(cal, p, { amount: 5, decidedAt: '2026-03-10' }).explain('es'))
      .toBe('Plazo ampliado en 5 días hábiles (máximo 5, art. 32.1 LPAC): vence el 25/3/2026 en lugar del 17/3/2026');
    const i = extendAfterInterruption(cal, p, { amount: 2, interruption: { from: '2026-03-16T09:00:00+01:00', reason: 'Caída del registro' } });
    expect(i.explain('eu')).toBe('Epea 2 egun baliodun luzatu da zerbitzuaren etenaldiagatik: «Caída del registro» (39/2015 Legea, 32.4. art.) → 2026/03/20an amaitzen da, 2026/03/17an beharrean');
    const expired = extendAfterInterruption(cal, p, { amount: 2, interruption: { from: '2026-03-18T09:00:00+01:00', reason: 'Caída del registro' } });
    expect(expired.explain('es')).toBe('El plazo venció el 17/3/2026, antes de la interrupción del servicio «Caída del registro»: no se amplía (art. 32.4 LPAC)');
  });

  test('Basque case endings follow the spoken number', () => {
    // bat, hiru, bost, hamar, hamaika, hamabost, hogei, hogeita bat, hogeita hamar, hogeita hamaika
    expect([1, 3, 5, 10, 11, 15, 20, 21, 30, 31].map((n) => `${n}${euSuffix(n, 'ine')}`))
      .toEqual(['1ean', '3an', '5ean', '10ean', '11n', '15ean', '20an', '21ean', '30ean', '31n']);
    expect([1, 3, 11, 30].map((n) => `${n}${euSuffix(n, 'abl')}`)).toEqual(['1etik', '3tik', '11tik', '30etik']);
  });

  test('day lists', () => {
    expect(formatDayList('es', ['2026-04-02', '2026-04-03'])).toBe('2 y 3/4');
    expect(formatDayList('ca', ['2026-04-02'])).toBe('2/4');
    expect(formatDayList('eu', ['2026-04-02', '2026-04-03'])).toBe('2026/04/02 eta 2026/04/03');
  });

  test('the three languages have the same templates', () => {
    const keys = (o: object) => Object.keys(o).sort();
    expect(keys(CALENDAR_SENTENCES.ca)).toEqual(keys(CALENDAR_SENTENCES.es));
    expect(keys(CALENDAR_SENTENCES.eu)).toEqual(keys(CALENDAR_SENTENCES.es));
    for (const lng of ['es', 'ca', 'eu'] as const) {
      for (const [name, template] of Object.entries(CALENDAR_SENTENCES[lng])) {
        if (typeof template === 'string' && name !== 'and') expect(template.length).toBeGreaterThan(0);
      }
    }
  });
});
