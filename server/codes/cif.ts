/**
 * CIF (NIF of a legal person): letter + 7 digits + control character (LEGAL.md §7).
 * Sum digits at even positions (2,4,6); double those at odd positions (1,3,5,7) and add
 * their digits; d = (10 - sum % 10) % 10. Control is `JABCDEFGHI`[d] or the digit d.
 * Prefixes P,Q,R,S,N,W,K take a letter; A,B,E,H a digit; the others either.
 */
const LETTERS = 'JABCDEFGHI';
const ENTITY_TYPES = 'ABCDEFGHJNPQRSUVW';

export function cifControl(prefixAndDigits: string): { digit: string; letter: string } {
  const digits = prefixAndDigits.slice(1);
  let sum = 0;
  for (let i = 0; i < 7; i++) {
    const n = Number(digits[i]);
    if (i % 2 === 1) sum += n;
    else {
      const doubled = n * 2;
      sum += Math.floor(doubled / 10) + (doubled % 10);
    }
  }
  const d = (10 - (sum % 10)) % 10;
  return { digit: String(d), letter: LETTERS[d]! };
}

export function isValidCif(value: string): boolean {
  const cif = value.trim().toUpperCase();
  const m = /^([A-Z])(\d{7})([0-9A-J])$/.exec(cif);
  if (!m || !ENTITY_TYPES.includes(m[1]!)) return false;
  const { digit, letter } = cifControl(cif.slice(0, 8));
  const control = m[3]!;
  if ('PQRSNWK'.includes(m[1]!)) return control === letter;
  if ('ABEH'.includes(m[1]!)) return control === digit;
  return control === letter || control === digit;
}
