/**
 * NIF of a natural person (LEGAL.md §7): DNI (8 digits + letter), NIE (X/Y/Z + 7 digits +
 * letter, X/Y/Z counting as 0/1/2) and the K/L/M forms (letter + 7 digits + letter, the
 * check letter over the 7 digits). Check letter = `TRWAGMYFPDXBNJZSQVHLCKE`[n mod 23].
 * Legal persons have a CIF instead: see cif.ts.
 */
const LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

export type PersonalNifKind = 'dni' | 'nie' | 'klm';

export function nifCheckLetter(digits: string): string {
  return LETTERS[Number(digits) % 23]!;
}

/** Upper case, without spaces, dots and hyphens; "1234567L" (old DNI) becomes "01234567L". */
export function normalizeNif(value: string): string {
  const compact = value.trim().toUpperCase().replace(/[\s.\-]/g, '');
  return /^\d{1,7}[A-Z]$/.test(compact) ? compact.padStart(9, '0') : compact;
}

/** The kind of a valid personal NIF, or undefined when the value is not one. */
export function personalNifKind(value: string): PersonalNifKind | undefined {
  const nif = normalizeNif(value);
  let m = /^(\d{8})([A-Z])$/.exec(nif);
  if (m) return nifCheckLetter(m[1]!) === m[2] ? 'dni' : undefined;
  m = /^([XYZ])(\d{7})([A-Z])$/.exec(nif);
  if (m) return nifCheckLetter(String('XYZ'.indexOf(m[1]!)) + m[2]!) === m[3] ? 'nie' : undefined;
  m = /^([KLM])(\d{7})([A-Z])$/.exec(nif);
  if (m) return nifCheckLetter(m[2]!) === m[3] ? 'klm' : undefined;
  return undefined;
}

/** DNI (8 digits + letter) with a correct check letter. */
export const isValidDni = (value: string): boolean => personalNifKind(value) === 'dni';

/** NIE (X/Y/Z + 7 digits + letter) with a correct check letter. */
export const isValidNie = (value: string): boolean => personalNifKind(value) === 'nie';

/** Any NIF of a natural person: DNI, NIE or K/L/M. */
export const isValidPersonalNif = (value: string): boolean => personalNifKind(value) !== undefined;
