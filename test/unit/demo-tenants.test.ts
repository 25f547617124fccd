import { demoTenantSlugs, readTenantFile } from '../../server/platform/demo-seed.ts';
import { starterCatalogue } from '../../server/catalogue/starter-catalogue.ts';
import { isValidCif } from '../../server/codes/cif.ts';
import { isValidIne6 } from '../../server/codes/ine.ts';

/** The five demo ayuntamientos of tenants/ pass the same validation as any onboarding. */
test('the five demo towns are there, with the languages the issue asks for', () => {
  expect(demoTenantSlugs()).toEqual(['calamonte', 'cartagena', 'legazpi', 'sonservera', 'ssreyes']);
  const langs = Object.fromEntries(demoTenantSlugs().map((s) => [s, readTenantFile(s).input]));
  expect(langs.legazpi).toMatchObject({ languages: ['eu', 'es'], defaultLanguage: 'eu', community: 'PV' });
  expect(langs.sonservera).toMatchObject({ languages: ['ca', 'es'], defaultLanguage: 'ca', community: 'IB' });
  expect(langs.calamonte).toMatchObject({ languages: ['es'], community: 'EX', ine: '060251' });
  expect(langs.cartagena).toMatchObject({ community: 'MC', ine: '300161', cif: 'P3001600J' });
  expect(langs.ssreyes).toMatchObject({ community: 'MD', ine: '281343', cif: 'P2813400E' });
});

test.each(demoTenantSlugs())('%s: codes pass their check digits, catalogue codes exist, holidays are local dates', (slug) => {
  const { input, catalogue, localHolidays } = readTenantFile(slug);
  expect(isValidIne6(input.ine)).toBe(true);
  expect(isValidCif(input.cif)).toBe(true);
  const known = new Set(starterCatalogue().map((t) => t.code));
  for (const code of catalogue ?? []) expect(known).toContain(code);
  // Two fiestas locales per town (plus, for some, corrections to the autonomic layer).
  expect(localHolidays.filter((h) => h.layer === 'local')).toHaveLength(2);
  for (const h of localHolidays) {
    expect(h.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const lng of input.languages) expect(h.names[lng]).toBeTruthy();
  }
  expect(input.logo?.mediaType).toBe('image/svg+xml');
});

test('the starter catalogue has a title and description in es, ca and eu for every trámite', () => {
  for (const t of starterCatalogue()) {
    for (const lng of ['es', 'ca', 'eu'] as const) {
      expect(t.titles[lng]).toBeTruthy();
      expect(t.descriptions[lng]).toBeTruthy();
    }
    expect(t.titles.ca).not.toBe(t.titles.es);
    expect(t.titles.eu).not.toBe(t.titles.es);
  }
});
