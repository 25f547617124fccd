import { benchResult, type BenchResult } from './lib/result.ts';
import { communityCalendar } from '../server/calendar/community-calendar.ts';
import { computePlazo } from '../server/calendar/plazo.ts';
import { formatIsoDate, toDayNumber } from '../server/calendar/civil-date.ts';

/**
 * Deadline engine throughput: computePlazo for a 30-días-hábiles plazo (full result: dates,
 * steps with every skipped day and its reasons), over the 365 start dates of 2026, on
 * Calamonte's calendar (Extremadura + two local festivos), single thread. Baseline: a bare
 * loop that adds 30 to a day number the same number of times. Target ≥ 100 000/s: the
 * engine runs on every list of expedientes.
 */
const RUN_MS = 2000;
const WARMUP_MS = 300;
const BATCH = 5000;

function timed(ms: number, body: (count: number) => number): { count: number; seconds: number; sink: number } {
  let count = 0;
  let sink = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < ms) {
    sink += body(count);
    count += BATCH;
    t = performance.now();
  }
  return { count, seconds: (t - t0) / 1000, sink };
}

export default async (): Promise<BenchResult[]> => {
  const buildStart = performance.now();
  const calendar = communityCalendar({
    community: 'EX', firstYear: 2026, lastYear: 2027,
    local: [{ date: '2026-03-19', names: { es: 'San José' } }, { date: '2026-05-15', names: { es: 'San Isidro Labrador' } }],
  });
  const buildMs = performance.now() - buildStart;
  const first = toDayNumber(2026, 1, 1);
  const starts = Array.from({ length: 365 }, (_, i) => formatIsoDate(first + i));
  const startDays = Int32Array.from({ length: 365 }, (_, i) => first + i);

  const engine = (offset: number): number => {
    let sink = 0;
    for (let i = 0; i < BATCH; i++) {
      const p = computePlazo(calendar, { amount: 30, notified: starts[(offset + i) % 365]! });
      sink += p.end.length + p.steps.length;
    }
    return sink;
  };
  const bare = (offset: number): number => {
    let sink = 0;
    for (let i = 0; i < BATCH; i++) sink += startDays[(offset + i) % 365]! + 30;
    return sink;
  };

  timed(WARMUP_MS, engine);
  timed(WARMUP_MS, bare);
  const run = timed(RUN_MS, engine);
  const base = timed(RUN_MS, bare);
  const value = run.count / run.seconds;
  const baseline = base.count / base.seconds;

  // Explaining is not on the list path, but report its cost too.
  const sample = starts.map((notified) => computePlazo(calendar, { amount: 30, notified }));
  const explainRun = timed(500, (offset) => {
    let sink = 0;
    for (let i = 0; i < BATCH; i++) sink += sample[(offset + i) % 365]!.explain('es').length;
    return sink;
  });

  return [benchResult({
    name: 'deadline-engine', unit: 'computations/s', value, baseline, target: 100_000, targetKind: 'value-min',
    details: {
      plazo: '30 días hábiles, computePlazo with steps', startDates: '2026-01-01 … 2026-12-31', calendar: 'EX 2026–2027 + 2 local',
      computations: run.count, seconds: run.seconds, baselineLoop: 'day number + 30', baselineIterations: base.count,
      calendarBuildMs: Math.round(buildMs * 10) / 10, explainPerSecond: Math.round(explainRun.count / explainRun.seconds),
      sink: (run.sink + base.sink + explainRun.sink) % 1000,
    },
  })];
};
