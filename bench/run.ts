import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fromRoot } from '../server/paths.ts';
import type { BenchResult } from './lib/result.ts';

/**
 * `npm run bench [name…]`: runs every bench/<name>.bench.ts (or the ones named), writes
 * bench/results/<result name>.json for each result and prints a table at the end.
 * A bench file default-exports `async () => BenchResult[]`.
 */
const wanted = process.argv.slice(2);
const files = readdirSync(fromRoot('bench')).filter((f) => f.endsWith('.bench.ts')).sort()
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)));
const results: BenchResult[] = [];
mkdirSync(fromRoot('bench/results'), { recursive: true });
for (const file of files) {
  console.log(`\n▶ ${file}`);
  const mod = (await import(path.join(fromRoot('bench'), file))) as { default: () => Promise<BenchResult[]> };
  for (const r of await mod.default()) {
    results.push(r);
    writeFileSync(fromRoot('bench/results', `${r.name}.json`), JSON.stringify(r, null, 2) + '\n');
  }
}
console.log('\n' + ['benchmark', 'value', 'unit', 'baseline', 'ratio', 'target', 'passed'].join('\t'));
for (const r of results) {
  const target = r.targetKind === 'ratio-min' ? `≥ ${r.target * 100} % of baseline` : r.targetKind === 'value-max' ? `≤ ${r.target}` : `≥ ${r.target}`;
  console.log([r.name, r.value, r.unit, r.baseline ?? '-', r.ratio ?? '-', target, r.passed ? 'yes' : 'NO'].join('\t'));
}
process.exit(results.every((r) => r.passed) ? 0 : 1);
