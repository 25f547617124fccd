import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fromRoot } from '../../server/paths.ts';

/** es, ca and eu have the same namespaces and the same keys, none empty, and real translations. */
const LANGS = ['es', 'ca', 'eu'] as const;
const dir = fromRoot('locales');

function flatten(obj: unknown, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object') Object.assign(out, flatten(v, key));
    else out[key] = String(v);
  }
  return out;
}

const namespaces = (lng: string) => readdirSync(path.join(dir, lng)).filter((f) => f.endsWith('.json')).sort();
const load = (lng: string, ns: string) => flatten(JSON.parse(readFileSync(path.join(dir, lng, ns), 'utf8')));

test('every language has the same namespaces', () => {
  expect(namespaces('ca')).toEqual(namespaces('es'));
  expect(namespaces('eu')).toEqual(namespaces('es'));
  expect(namespaces('es').length).toBeGreaterThan(2);
});

describe.each(namespaces('es'))('namespace %s', (ns) => {
  test('same keys in es, ca and eu; no empty texts', () => {
    const [es, ca, eu] = LANGS.map((l) => load(l, ns));
    expect(Object.keys(ca!).sort()).toEqual(Object.keys(es!).sort());
    expect(Object.keys(eu!).sort()).toEqual(Object.keys(es!).sort());
    for (const texts of [es!, ca!, eu!]) for (const [k, v] of Object.entries(texts)) expect(`${k}=${v.trim()}`).not.toMatch(/=$/);
  });

  test('the same interpolation variables in each language', () => {
    const vars = (s: string) => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
    const [es, ca, eu] = LANGS.map((l) => load(l, ns));
    for (const k of Object.keys(es!)) {
      expect([k, vars(ca![k]!)]).toEqual([k, vars(es![k]!)]);
      expect([k, vars(eu![k]!)]).toEqual([k, vars(es![k]!)]);
    }
  });

  test('Catalan and Basque are translated, not copies of the Spanish', () => {
    const [es, ca, eu] = LANGS.map((l) => load(l, ns));
    const long = Object.keys(es!).filter((k) => es![k]!.split(/\s+/).length >= 4);
    if (long.length === 0) return;
    const copiedCa = long.filter((k) => ca![k] === es![k]);
    const copiedEu = long.filter((k) => eu![k] === es![k]);
    expect(copiedCa).toEqual([]);
    expect(copiedEu).toEqual([]);
  });
});
