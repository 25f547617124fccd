import {
  basqueYearSuffix, formatDate, formatDateTime, formatLongDate, madridIsoDateTime,
} from '../../../server/documents/document-dates.ts';

const d = new Date('2026-03-17T09:30:05Z'); // 10:30:05 in Madrid (CET)

describe('dates on documents', () => {
  test('numeric dates: dd/mm/aaaa in es and ca, year/month/day in eu', () => {
    expect(formatDate(d, 'es')).toBe('17/03/2026');
    expect(formatDate(d, 'ca')).toBe('17/03/2026');
    expect(formatDate(d, 'eu')).toBe('2026/03/17');
    expect(formatDateTime(d, 'es')).toBe('17/03/2026 10:30:05');
    expect(formatDateTime(d, 'eu')).toBe('2026/03/17 10:30:05');
  });

  test('times are Madrid time, summer time included, 24-hour clock', () => {
    expect(formatDateTime(new Date('2026-07-01T20:15:00Z'), 'ca', false)).toBe('01/07/2026 22:15');
    expect(formatDate(new Date('2025-12-31T23:30:00Z'), 'es')).toBe('01/01/2026');
    expect(madridIsoDateTime(new Date('2026-03-29T01:30:00Z'))).toBe('2026-03-29T03:30:00+02:00');
  });

  test('long dates follow each language', () => {
    expect(formatLongDate(d, 'es')).toBe('17 de marzo de 2026');
    expect(formatLongDate(d, 'ca')).toBe('17 de març de 2026');
    expect(formatLongDate(new Date('2026-04-02T10:00:00Z'), 'ca')).toBe("2 d'abril de 2026");
    expect(formatLongDate(d, 'eu')).toBe('2026ko martxoaren 17a');
    expect(formatLongDate(new Date('2025-01-05T10:00:00Z'), 'eu')).toBe('2025eko urtarrilaren 5a');
  });

  test('every Basque month takes its genitive', () => {
    const months = ['urtarrilaren', 'otsailaren', 'martxoaren', 'apirilaren', 'maiatzaren', 'ekainaren',
      'uztailaren', 'abuztuaren', 'irailaren', 'urriaren', 'azaroaren', 'abenduaren'];
    months.forEach((m, i) => expect(formatLongDate(new Date(Date.UTC(2026, i, 10, 12)), 'eu')).toBe(`2026ko ${m} 10a`));
  });

  test('Basque year endings: -ko after a vowel, -eko after a consonant', () => {
    expect([2020, 2021, 2022, 2025, 2026, 2030, 2031, 2035, 2040, 2050, 2000, 2100].map(basqueYearSuffix))
      .toEqual(['ko', 'eko', 'ko', 'eko', 'ko', 'eko', 'ko', 'eko', 'ko', 'eko', 'ko', 'eko']);
  });
});
