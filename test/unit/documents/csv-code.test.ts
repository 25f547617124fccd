import {
  CSV_ALPHABET, CSV_ENTROPY_BITS, CSV_LENGTH, compactCsv, generateCsv, isWellFormedCsv, normalizeCsv,
} from '../../../server/documents/csv-code.ts';

describe('CSV codes', () => {
  test('the alphabet has no look-alike characters and the code carries ≥ 80 bits', () => {
    for (const c of '01OILl') expect(CSV_ALPHABET).not.toContain(c);
    expect(new Set(CSV_ALPHABET).size).toBe(CSV_ALPHABET.length);
    expect(CSV_ENTROPY_BITS).toBeGreaterThanOrEqual(99);
  });

  test('100 000 generated codes are unique, well formed and uniformly spread over the alphabet', () => {
    const n = 100_000;
    const seen = new Set<string>();
    const counts = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const csv = generateCsv();
      seen.add(csv);
      expect(isWellFormedCsv(csv)).toBe(true);
      for (const ch of compactCsv(csv)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    }
    expect(seen.size).toBe(n);
    expect(counts.size).toBe(CSV_ALPHABET.length);
    // Chi-square over 31 symbols (30 degrees of freedom): 0.9999 quantile ≈ 69.
    const total = n * CSV_LENGTH;
    const expected = total / CSV_ALPHABET.length;
    let chi2 = 0;
    for (const count of counts.values()) chi2 += (count - expected) ** 2 / expected;
    expect(chi2).toBeLessThan(69);
    // Empirical Shannon entropy per symbol is log2(31) to within sampling noise.
    let h = 0;
    for (const count of counts.values()) h -= (count / total) * Math.log2(count / total);
    expect(h * CSV_LENGTH).toBeGreaterThan(99);
  });

  test('each position of the code varies independently', () => {
    const firsts = new Set<string>();
    const lasts = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const c = compactCsv(generateCsv());
      firsts.add(c[0]!);
      lasts.add(c.at(-1)!);
    }
    expect(firsts.size).toBe(CSV_ALPHABET.length);
    expect(lasts.size).toBe(CSV_ALPHABET.length);
  });

  test('the normaliser accepts what people type', () => {
    const csv = '7KQF-M2XA-9RTD-HB4W-CZ6P';
    expect(isWellFormedCsv(csv)).toBe(true);
    expect(normalizeCsv(csv)).toBe(csv);
    expect(normalizeCsv('7kqf-m2xa-9rtd-hb4w-cz6p')).toBe(csv);
    expect(normalizeCsv('7KQFM2XA9RTDHB4WCZ6P')).toBe(csv);
    expect(normalizeCsv(' 7KQF M2XA 9RTD HB4W CZ6P ')).toBe(csv);
    expect(normalizeCsv('7kqf.m2xa.9rtd.hb4w.cz6p')).toBe(csv);
    expect(normalizeCsv('7KQF–M2XA–9RTD–HB4W–CZ6P')).toBe(csv); // en dashes from a word processor
  });

  test('malformed codes are told apart from well-formed ones', () => {
    expect(normalizeCsv('')).toBeNull();
    expect(normalizeCsv('7KQF-M2XA-9RTD-HB4W')).toBeNull(); // too short
    expect(normalizeCsv('7KQF-M2XA-9RTD-HB4W-CZ6PX')).toBeNull(); // too long
    expect(normalizeCsv('7KQF-M2XA-9RTD-HB4W-CZ6O')).toBeNull(); // O is not in the alphabet
    expect(normalizeCsv('1KQF-M2XA-9RTD-HB4W-CZ6P')).toBeNull(); // nor 1
    expect(normalizeCsv('7KQF-M2XA-9RTD-HB4W-CZ6P; DROP TABLE')).toBeNull();
    expect(normalizeCsv('x'.repeat(10_000))).toBeNull();
    expect(isWellFormedCsv('7kqf-m2xa-9rtd-hb4w-cz6p')).toBe(false); // canonical form only
    expect(isWellFormedCsv('7KQFM2XA9RTDHB4WCZ6P')).toBe(false);
  });
});
