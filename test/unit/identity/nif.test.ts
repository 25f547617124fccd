import { isValidDni, isValidNie, isValidPersonalNif, nifCheckLetter, normalizeNif, personalNifKind } from '../../../server/codes/nif.ts';
import { isValidCif } from '../../../server/codes/cif.ts';

describe('NIF (DNI) check letter', () => {
  test.each([
    ['12345678Z'],
    ['00000000T'],
    ['99999999R'],
    ['00000023T'],
    ['01234567L'],
  ])('%s is valid', (nif) => expect(isValidDni(nif)).toBe(true));

  test('the letter is TRWAGMYFPDXBNJZSQVHLCKE[n mod 23]', () => {
    expect([...Array(23).keys()].map((n) => nifCheckLetter(String(n))).join('')).toBe('TRWAGMYFPDXBNJZSQVHLCKE');
  });

  test.each([['12345678A'], ['12345678'], ['1234567Z'], ['123456789Z'], ['ABCDEFGHZ'], [''], ['12345678Ñ']])('%s is refused', (nif) =>
    expect(isValidDni(nif)).toBe(false),
  );

  test('normalises case, separators and the old 7-digit form', () => {
    expect(normalizeNif(' 12.345.678-z ')).toBe('12345678Z');
    expect(normalizeNif('1234567L')).toBe('01234567L');
    expect(isValidDni('1234567L')).toBe(true);
  });
});

describe('NIE', () => {
  test.each([
    ['X1234567L'], // X → 0
    ['Y1234567X'], // Y → 1
    ['Z1234567R'], // Z → 2
    ['X0000000T'],
  ])('%s is valid', (nie) => {
    expect(isValidNie(nie)).toBe(true);
    expect(personalNifKind(nie)).toBe('nie');
  });

  test.each([['X1234567A'], ['Y1234567L'], ['Z1234567X'], ['W1234567L'], ['X123456L']])('%s is refused', (nie) =>
    expect(isValidNie(nie)).toBe(false),
  );
});

describe('K, L and M forms (7 digits)', () => {
  test('use the 7 digits only', () => {
    expect(personalNifKind('K1234567L')).toBe('klm');
    expect(personalNifKind('L1234567L')).toBe('klm');
    expect(personalNifKind('M1234567L')).toBe('klm');
    expect(isValidPersonalNif('M1234567Z')).toBe(false);
  });
});

describe('CIF (legal persons, server/codes/cif.ts)', () => {
  test.each([['P2813400E'], ['P3001600J'], ['P0600000D'], ['B12345674'], ['A58818501']])('%s is valid', (cif) =>
    expect(isValidCif(cif)).toBe(true),
  );
  test.each([['P2813400F'], ['B1234567A'], ['12345678Z'], ['X1234567L']])('%s is refused', (cif) => expect(isValidCif(cif)).toBe(false));
  test('a personal NIF is not a CIF and vice versa', () => {
    expect(isValidPersonalNif('P2813400E')).toBe(false);
  });
});
