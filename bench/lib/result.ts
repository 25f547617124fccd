import os from 'node:os';

/**
 * The shape every benchmark writes to bench/results/<name>.json:
 * { name, unit, value, baseline, ratio, target, passed, date, machine } plus free `details`.
 * `target` is read with `targetKind`:
 *   'ratio-min' — ratio (value / baseline) must be ≥ target (e.g. 0.5 = 50 % of the bare baseline)
 *   'value-max' — value must be ≤ target (e.g. p50 ms)
 *   'value-min' — value must be ≥ target (e.g. operations per second)
 */
export interface BenchResult {
  name: string;
  unit: string;
  value: number;
  baseline: number | null;
  ratio: number | null;
  target: number;
  targetKind: 'ratio-min' | 'value-max' | 'value-min';
  passed: boolean;
  date: string;
  machine: string;
  details?: Record<string, unknown>;
}

export function benchResult(r: { name: string; unit: string; value: number; baseline?: number | null; target: number; targetKind: BenchResult['targetKind']; details?: Record<string, unknown> }): BenchResult {
  const baseline = r.baseline ?? null;
  const ratio = baseline ? r.value / baseline : null;
  const passed =
    r.targetKind === 'ratio-min' ? ratio !== null && ratio >= r.target
    : r.targetKind === 'value-max' ? r.value <= r.target
    : r.value >= r.target;
  return {
    name: r.name, unit: r.unit, value: round(r.value), baseline: baseline === null ? null : round(baseline),
    ratio: ratio === null ? null : round(ratio), target: r.target, targetKind: r.targetKind, passed,
    date: new Date().toISOString(), machine: machine(), details: r.details,
  };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

export function machine(): string {
  return `${os.cpus().length}× ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()}`;
}
