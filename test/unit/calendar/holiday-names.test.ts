import Holidays from 'date-holidays';
import { COMMUNITY_CODES } from '../../../server/calendar/communities.ts';
import { holidayNames, isKnownHolidayName } from '../../../server/calendar/holiday-names.ts';
import { holidayLayers } from '../../../server/calendar/holiday-layers.ts';

describe('es/ca/eu names of the national and autonomic holidays', () => {
  test('every public holiday date-holidays gives for Spain (2016–2040) has a name in the table', () => {
    const unknown = new Set<string>();
    for (const code of COMMUNITY_CODES) {
      const hd = new Holidays('ES', code, { languages: ['es'] });
      for (let year = 2016; year <= 2040; year++) {
        for (const h of hd.getHolidays(year, 'es')) if (h.type === 'public' && !isKnownHolidayName(h.name)) unknown.add(h.name);
      }
    }
    expect([...unknown]).toEqual([]);
  });

  test('real names in the three languages, substitutes marked', () => {
    expect(holidayNames('Año Nuevo')).toEqual({ es: 'Año Nuevo', ca: "Cap d'Any", eu: 'Urteberri eguna' });
    expect(holidayNames('Todos los Santos (día sustituto)')).toEqual({
      es: 'Todos los Santos (día sustitutivo)', ca: 'Tots Sants (dia substitutiu)', eu: 'Santu Guztien eguna (ordezko eguna)',
    });
    expect(holidayNames('Fiesta inventada')).toEqual({ es: 'Fiesta inventada', ca: 'Fiesta inventada', eu: 'Fiesta inventada' });
  });

  test('the layers carry them', () => {
    expect(holidayLayers('PV', 2026).find((h) => h.date === '2026-07-25')?.names).toEqual({ es: 'Santiago Apóstol', ca: 'Sant Jaume', eu: 'Santiago Apostolua' });
    expect(holidayLayers('EX', 2026).find((h) => h.date === '2026-09-08')?.names.ca).toBe("Dia d'Extremadura");
  });
});
