import { ineCheckDigit, isValidIne6 } from '../../../server/codes/ine.ts';
import { dir3ForMunicipality, isValidMunicipalityDir3 } from '../../../server/codes/dir3.ts';
import { isValidCif } from '../../../server/codes/cif.ts';

describe('INE municipality check digit (published examples)', () => {
  test.each([
    ['28079', 6], // Madrid
    ['08019', 3], // Barcelona
    ['41091', 7], // Sevilla
    ['06025', 1], // Calamonte
    ['30016', 1], // Cartagena
    ['28134', 3], // San Sebastián de los Reyes
    ['20051', 2], // Legazpi
    ['07062', 4], // Son Servera
  ])('%s → %i', (ine5, dc) => expect(ineCheckDigit(ine5)).toBe(dc));

  test('a wrong check digit, a short code or letters are refused', () => {
    expect(isValidIne6('280796')).toBe(true);
    expect(isValidIne6('280795')).toBe(false);
    expect(isValidIne6('28079')).toBe(false);
    expect(isValidIne6('2807A6')).toBe(false);
    expect(isValidIne6('990016')).toBe(false);
  });
});

describe('DIR3 of an ayuntamiento', () => {
  test('is L01 + INE6', () => {
    expect(dir3ForMunicipality('281343')).toBe('L01281343');
    expect(isValidMunicipalityDir3('L01281343')).toBe(true);
    expect(isValidMunicipalityDir3('L01281344')).toBe(false);
    expect(isValidMunicipalityDir3('L01281343', '060251')).toBe(false);
    expect(isValidMunicipalityDir3('L0128134')).toBe(false);
  });
});

describe('CIF control character', () => {
  // Real NIFs of ayuntamientos and diputaciones (DEMO-TOWNS.md §0).
  test.each(['P0602700G', 'P0601500B', 'P0601600J', 'P0615100E', 'P0701400D', 'P0705500G', 'P0705100F',
    'P0703100H', 'P0701100J', 'P0404900C', 'P3901600A', 'P1801800B', 'P4603500B', 'P3804100J', 'P2800900I',
    'P2806600I', 'P2806500A', 'P3001600J', 'P2813400E', 'P0600000D'])('%s is valid', (cif) => {
    expect(isValidCif(cif)).toBe(true);
  });

  test('companies: B with a digit, A with a digit; wrong controls refused', () => {
    expect(isValidCif('B12345674')).toBe(true);
    expect(isValidCif('A58818501')).toBe(true); // published example
    expect(isValidCif('B12345675')).toBe(false);
    expect(isValidCif('P3001600A')).toBe(false); // P needs the letter
    expect(isValidCif('P30016000')).toBe(false); // and not the digit
    expect(isValidCif('X3001600J')).toBe(false); // X is a NIE, not a CIF
    expect(isValidCif('P300160J')).toBe(false);
  });
});
