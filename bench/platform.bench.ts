import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import autocannon from 'autocannon';
import { benchResult, type BenchResult } from './lib/result.ts';
import { benchPlatform } from './lib/bench-platform.ts';
import { freePort } from './lib/temp-postgres.ts';
import { pinLoadGenerator, startChild, stopChild } from './lib/child.ts';
import { fromRoot } from '../server/paths.ts';

/**
 * Platform foundation benchmarks, on a throwaway embedded Postgres:
 *  - onboarding: 200 ayuntamientos onboarded one after another (schema, migrations, catalogue,
 *    calendar, seal certificate with a fresh RSA key): p50 ms per tenant ≤ 300.
 *  - migrate-all: `sede migrate` (a whole CLI process) with those 200 up-to-date tenants ≤ 5 s.
 *  - public-endpoint: GET /api/sede on a tenant host (host → tenant, language, JSON) with
 *    autocannon vs a bare Express handler returning the same JSON, each server in its own
 *    process: ≥ 50 % of the bare req/s.
 */
const TENANTS = Number(process.env.BENCH_TENANTS ?? 200);

/** CPU seconds (user + system) a process has used, from /proc (clock ticks of 10 ms). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * One load run. Returns wall-clock req/s and req/s per CPU-second of the server process: the
 * latter is what the server does with a core of its own, and stays comparable when other work
 * on the machine steals time from one run and not the other.
 */
let visitorCookie = '';

async function loadTest(port: number, host: string, path = '/api/sede', duration = 5, pid?: number) {
  const cpu0 = pid ? cpuSeconds(pid) : 0;
  // Like a returning browser: the cookies the sede gave on the first visit come back.
  const headers = visitorCookie ? { host, cookie: visitorCookie } : { host };
  const r = await autocannon({ url: `http://127.0.0.1:${port}${path}`, headers, connections: 16, duration, pipelining: 1 });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`load test on ${path} saw ${r.non2xx} non-2xx and ${r.errors} errors`);
  const cpu = pid ? cpuSeconds(pid) - cpu0 : 0;
  return { wall: r.requests.average, perCpu: cpu > 0 ? r.requests.total / cpu : 0 };
}

/** A GET with a Host header (fetch may not set Host); also returns the cookies the server set. */
function httpGet(port: number, host: string, path: string): Promise<{ body: string; cookie: string }> {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      let body = '';
      const cookie = (res.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
      res.setEncoding('utf8').on('data', (c: string) => (body += c)).on('end', () => (res.statusCode === 200 ? resolve({ body, cookie }) : reject(new Error(`${path}: ${res.statusCode}`))));
    }).on('error', reject);
  });
}

export default async function bench(): Promise<BenchResult[]> {
  const platform = await benchPlatform();
  const { env } = platform;
  const { onboardTenant } = await import('../server/platform/onboard-tenant.ts');
  const { OnboardTenant } = await import('../server/platform/tenants.schemas.ts');
  const { ineCheckDigit } = await import('../server/codes/ine.ts');
  const { cifControl } = await import('../server/codes/cif.ts');
  const results: BenchResult[] = [];
  try {
    const durations: number[] = [];
    for (let i = 0; i < TENANTS; i++) {
      const ine5 = `${String(1 + (i % 50)).padStart(2, '0')}${String(100 + Math.floor(i / 50)).padStart(3, '0')}`;
      const cifBase = `P${ine5}00`;
      const input = OnboardTenant.parse({
        slug: `bench-${i}`, name: `Ayuntamiento de Banco ${i}`, ine: `${ine5}${ineCheckDigit(ine5)}`, cif: `${cifBase}${cifControl(cifBase).letter}`,
        community: ['EX', 'MC', 'MD', 'PV', 'IB'][i % 5], languages: ['es', 'ca'], defaultLanguage: 'es',
        branding: { primaryColor: '#1F3A5F', secondaryColor: '#B8860B', address: { street: 'Plaza Mayor, 1', postalCode: '06000', city: 'Banco', province: 'Badajoz' } },
      });
      const t0 = performance.now();
      await onboardTenant(input, { actor: 'bench' });
      durations.push(performance.now() - t0);
      if ((i + 1) % 50 === 0) console.log(`  onboarded ${i + 1}/${TENANTS}`);
    }
    const sorted = [...durations].sort((a, b) => a - b);
    const p = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
    results.push(benchResult({ name: 'onboarding', unit: 'ms p50 per tenant', value: p(0.5), target: 300, targetKind: 'value-max',
      details: { tenants: TENANTS, p90: p(0.9), p99: p(0.99), max: sorted.at(-1), note: 'sequential; includes RSA-2048 seal key generation' } }));

    const t0 = performance.now();
    execFileSync(process.execPath, [fromRoot('server/cli/sede.ts'), 'migrate'], { env: { ...process.env, ...env }, stdio: 'ignore' });
    const migrateSeconds = (performance.now() - t0) / 1000;
    results.push(benchResult({ name: 'migrate-all', unit: 's', value: migrateSeconds, target: 5, targetKind: 'value-max',
      details: { tenants: TENANTS, note: 'whole `sede migrate` process with every tenant up to date, process start included' } }));

    // Both servers up at once, measured alternately (app, bare, app, bare, …) so that load from
    // elsewhere on the machine hits both alike; the median of each is reported.
    pinLoadGenerator();
    const host = `bench-${Math.floor(TENANTS / 2)}.sede.localhost`;
    const appPort = await freePort();
    const barePort = await freePort();
    const app = await startChild(fromRoot('bench/lib/serve-app.ts'), { ...env, PORT: String(appPort) });
    let bare: Awaited<ReturnType<typeof startChild>> | undefined;
    const appRuns: number[] = [];
    const bareRuns: number[] = [];
    const appWall: number[] = [];
    const bareWall: number[] = [];
    let catalogueRps = 0;
    try {
      const first = await httpGet(appPort, host, '/api/sede');
      visitorCookie = first.cookie;
      bare = await startChild(fromRoot('bench/lib/serve-bare.ts'), { PORT: String(barePort), BARE_BODY: first.body });
      await loadTest(appPort, host, '/api/sede', 2); // warm-up
      await loadTest(barePort, host, '/api/sede', 2);
      for (let round = 0; round < 3; round++) {
        const a = await loadTest(appPort, host, '/api/sede', 5, app.pid);
        const b = await loadTest(barePort, host, "/api/sede", 5, bare!.pid);
        appRuns.push(a.perCpu);
        bareRuns.push(b.perCpu);
        appWall.push(a.wall);
        bareWall.push(b.wall);
      }
      catalogueRps = (await loadTest(appPort, host, '/api/catalogue')).wall;
    } finally {
      await stopChild(app);
      if (bare) await stopChild(bare);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const appRps = median(appRuns);
    const bareRps = median(bareRuns);
    results.push(benchResult({ name: 'public-endpoint', unit: 'req/s per server core', value: appRps, baseline: bareRps, target: 0.5, targetKind: 'ratio-min',
      details: { endpoint: 'GET /api/sede on a tenant host', tenants: TENANTS, connections: 16, durationSeconds: 5, appRuns, bareRuns, appWallReqPerSec: appWall, bareWallReqPerSec: bareWall, wallRatio: median(appWall) / median(bareWall), catalogueReqPerSec: catalogueRps, logLevel: 'warn (access log lines off)', visitor: 'sends back the cookies of its first visit, as a browser does',
        note: 'catalogue = GET /api/catalogue, a withTenant transaction per request (informative)' } }));
  } finally {
    await platform.close();
  }
  return results;
}
