import { randomBytes } from 'node:crypto';

/**
 * Código Seguro de Verificación (LEGAL.md §3): unique per document, unpredictable, checkable
 * for free at the sede. There is no legal format, so ours is made to be read off paper and
 * typed back: 20 characters from a 31-symbol alphabet without look-alikes (no 0/O, 1/I/L),
 * shown in five groups of four, e.g. `7KQF-M2XA-9RTD-HB4W-CZ6P`.
 *
 * 20 × log2(31) ≈ 99.1 bits from `crypto.randomBytes` (rejection sampling, so every symbol is
 * equally likely). Uniqueness is enforced later by a unique index on the global CSV table;
 * with 99 bits a collision is not expected in the life of the platform, but the caller still
 * retries on a unique violation.
 */
export const CSV_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CSV_LENGTH = 20;
export const CSV_GROUP = 4;
export const CSV_ENTROPY_BITS = CSV_LENGTH * Math.log2(CSV_ALPHABET.length);

const CANONICAL = new RegExp(`^[${CSV_ALPHABET}]{${CSV_GROUP}}(?:-[${CSV_ALPHABET}]{${CSV_GROUP}}){${CSV_LENGTH / CSV_GROUP - 1}}$`);
const BARE = new RegExp(`^[${CSV_ALPHABET}]{${CSV_LENGTH}}$`);

/** A new CSV in its printed form (`XXXX-XXXX-XXXX-XXXX-XXXX`). */
export function generateCsv(): string {
  const symbols: string[] = [];
  while (symbols.length < CSV_LENGTH) {
    for (const byte of randomBytes(CSV_LENGTH * 2)) {
      const v = byte >> 3; // 0..31, uniform
      if (v >= CSV_ALPHABET.length) continue; // reject 31: keeps the 31 symbols uniform
      symbols.push(CSV_ALPHABET[v]!);
      if (symbols.length === CSV_LENGTH) break;
    }
  }
  return group(symbols.join(''));
}

/**
 * What a person typed → the canonical form, or `null` if it cannot be a CSV of ours.
 * Accepts lower case, missing or extra dashes, spaces, dots and underscores between groups.
 */
export function normalizeCsv(input: string): string | null {
  if (typeof input !== 'string' || input.length > 64) return null;
  const bare = input.toUpperCase().replace(/[\s\-._\u2010-\u2015]/g, '');
  return BARE.test(bare) ? group(bare) : null;
}

/** Is this exactly the canonical printed form? (For values read from storage or URLs.) */
export function isWellFormedCsv(value: string): boolean {
  return typeof value === 'string' && CANONICAL.test(value);
}

/** The CSV without dashes (what goes into the global index and the verification URL). */
export function compactCsv(csv: string): string {
  return csv.replace(/-/g, '');
}

function group(bare: string): string {
  return bare.match(new RegExp(`.{${CSV_GROUP}}`, 'g'))!.join('-');
}
