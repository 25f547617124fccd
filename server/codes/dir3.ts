import { isValidIne6 } from './ine.ts';

/** DIR3 code of an ayuntamiento: `L01` + INE5 + DC (LEGAL.md §6). */
export function dir3ForMunicipality(ine6: string): string {
  return `L01${ine6}`;
}

export function isValidMunicipalityDir3(dir3: string, ine6?: string): boolean {
  const m = /^L01(\d{6})$/.exec(dir3);
  if (!m || !isValidIne6(m[1]!)) return false;
  return ine6 === undefined || m[1] === ine6;
}
