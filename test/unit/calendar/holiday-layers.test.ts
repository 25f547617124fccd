import { holidayLayers } from '../../../server/calendar/holiday-layers.ts';
import { COMMUNITIES, COMMUNITY_CODES } from '../../../server/calendar/communities.ts';
import { communityCalendar } from '../../../server/calendar/community-calendar.ts';
import { TOWNS } from './fixtures.ts';

const layer = (code: Parameters<typeof holidayLayers>[0], year: number, l: 'national' | 'autonomic') =>
  holidayLayers(code, year).filter((h) => h.layer === l).map((h) => h.date.slice(5));

const NATIONAL_2026 = ['01-01', '01-06', '04-03', '05-01', '08-15', '10-12', '11-01', '12-06', '12-08', '12-25'];

describe('holiday layers from date-holidays (checked against DEMO-TOWNS.md, 2026)', () => {
  test('Extremadura: common days + 2 Apr, 8 Sep, 2 Nov, 7 Dec', () => {
    expect(layer('EX', 2026, 'national')).toEqual(NATIONAL_2026);
    expect(layer('EX', 2026, 'autonomic')).toEqual(['04-02', '09-08', '11-02', '12-07']);
  });

  test('País Vasco: 19 Mar, 2 Apr, 6 Apr, 25 Jul', () => {
    expect(layer('PV', 2026, 'national')).toEqual(NATIONAL_2026);
    expect(layer('PV', 2026, 'autonomic')).toEqual(['03-19', '04-02', '04-06', '07-25']);
  });

  test('Madrid: 2 Apr, 2 May, 2 Nov, 7 Dec', () => {
    expect(layer('MD', 2026, 'autonomic')).toEqual(['04-02', '05-02', '11-02', '12-07']);
  });

  test('Balears and Murcia: the days date-holidays has', () => {
    expect(layer('IB', 2026, 'autonomic')).toEqual(expect.arrayContaining(['03-02', '04-02', '04-06']));
    expect(layer('MC', 2026, 'autonomic')).toEqual(expect.arrayContaining(['03-19', '04-02', '12-07']));
  });

  test('public days only, with names, one entry per day', () => {
    const pv = holidayLayers('PV', 2026);
    expect(pv.find((h) => h.date === '2026-04-05')).toBeUndefined(); // Easter Sunday: observance
    expect(pv.find((h) => h.date === '2026-05-03')).toBeUndefined(); // Mother's Day: observance
    expect(pv.find((h) => h.date === '2026-04-06')).toEqual({ date: '2026-04-06', layer: 'autonomic', names: { es: 'Lunes de Pascua', ca: 'Dilluns de Pasqua', eu: 'Pazko astelehena' } });
    const md2027 = holidayLayers('MD', 2027).map((h) => h.date);
    expect(new Set(md2027).size).toBe(md2027.length); // date-holidays lists 3 May 2027 twice
  });

  test('pure: same answer every time, frozen', () => {
    expect(holidayLayers('CT', 2027)).toBe(holidayLayers('CT', 2027));
    expect(Object.isFrozen(holidayLayers('CT', 2027))).toBe(true);
  });

  test('every community has names in es/ca/eu and builds a calendar', () => {
    expect(COMMUNITIES.map((c) => c.code)).toEqual([...COMMUNITY_CODES]);
    expect(COMMUNITIES).toHaveLength(19);
    for (const c of COMMUNITIES) {
      expect([c.names.es, c.names.ca, c.names.eu].every((n) => n.length > 0)).toBe(true);
      const cal = communityCalendar({ community: c.code, firstYear: 2026, lastYear: 2026 });
      expect(cal.isDiaHabil('2026-01-01')).toBe(false);
      expect(cal.isDiaHabil('2026-12-25')).toBe(false);
    }
  });
});

describe('the calendar model: three layers, weekends always inhábiles', () => {
  test('two tenants, same dates, different answers', () => {
    const calamonte = TOWNS.calamonte();
    const legazpi = TOWNS.legazpi();
    expect(calamonte.motivos('2026-03-19')).toEqual([{ kind: 'holiday', layer: 'local', names: { es: 'San José' } }]);
    expect(legazpi.motivos('2026-03-19')).toEqual([{ kind: 'holiday', layer: 'autonomic', names: { es: 'San José', ca: 'Sant Josep', eu: 'San Jose eguna' } }]);
    expect(calamonte.isDiaHabil('2026-04-06')).toBe(true);
    expect(legazpi.isDiaHabil('2026-04-06')).toBe(false);
    expect(TOWNS.ssReyes().isDiaHabil('2026-03-19')).toBe(true);
  });

  test('corrections add what date-holidays lacks', () => {
    expect(TOWNS.cartagena().motivos('2026-06-09')).toEqual([{ kind: 'holiday', layer: 'autonomic', names: { es: 'Día de la Región de Murcia' } }]);
  });

  test('the published list of días inhábiles (31.3)', () => {
    const list = TOWNS.calamonte().diasInhabiles().filter((d) => d.date.startsWith('2026-'));
    expect(list.map((d) => d.date.slice(5))).toEqual([
      '01-01', '01-06', '03-19', '04-02', '04-03', '05-01', '05-15', '08-15', '09-08', '10-12', '11-01', '11-02', '12-06', '12-07', '12-08', '12-25',
    ]);
    expect(TOWNS.calamonte().diasInhabiles({ weekends: true }).filter((d) => d.date.startsWith('2026-'))).toHaveLength(104 + 13); // 52 weekends + the 13 festivos that fall on weekdays
  });
});
