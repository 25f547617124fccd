/**
 * INE municipality code: 2 digits province + 3 digits municipality + 1 check digit (DC).
 * DC algorithm (LEGAL.md §6): tables C,B,A,C,B applied to the five digits in order.
 */
const A = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
const B = [0, 3, 8, 2, 7, 4, 1, 5, 9, 6];
const C = [0, 2, 4, 6, 8, 1, 3, 5, 7, 9];
const TABLES = [C, B, A, C, B];

export function ineCheckDigit(ine5: string): number {
  if (!/^\d{5}$/.test(ine5)) throw new RangeError(`INE code must have 5 digits: ${ine5}`);
  const sum = [...ine5].reduce((acc, ch, i) => acc + TABLES[i]![Number(ch)]!, 0);
  return (10 - (sum % 10)) % 10;
}

/** Accepts the 6-digit form (INE5 + DC) and checks the digit. */
export function isValidIne6(ine6: string): boolean {
  if (!/^\d{6}$/.test(ine6)) return false;
  if (ine6.slice(0, 2) === '00' || Number(ine6.slice(0, 2)) > 52) return false;
  return ineCheckDigit(ine6.slice(0, 5)) === Number(ine6[5]);
}
