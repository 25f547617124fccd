import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import tls from 'node:tls';
import { benchResult, type BenchResult } from './lib/result.ts';
import { pinLoadGenerator, startChild, stopChild } from './lib/child.ts';
import { benchPlatform } from './lib/bench-platform.ts';
import { freePort } from './lib/temp-postgres.ts';
import { fromRoot } from '../server/paths.ts';

/**
 * Certificate logins per second vs bare TLS handshakes with the same certificates, same run.
 *  - login: a full TLS handshake with a client certificate (no session resumption) to the
 *    certificate listener → chain, dates, CRL, EKU, reader → one-time ticket in Postgres → 303;
 *    then the ticket exchanged on the sede (HTTP keep-alive) → session row in Postgres → 303.
 *  - bare: the same full TLS handshake with the same certificate to a server with the same TLS
 *    options answering 200.
 * Each server runs in its own process (pinned to the last core with taskset); the load
 * generator uses CONCURRENCY clients. The CPU time the server (and, for logins, Postgres) spent
 * per operation is reported too: on a shared machine it is steadier than wall-clock rates. Runs alternate (bare, login, bare, login, …); the medians
 * are compared (the machine is shared: single runs swing both ways). Target: logins ≥ 50 % of bare handshakes.
 */
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CERTS = ['ciudadana-fnmt', 'ciudadano-fnmt-antiguo', 'dnie', 'representante', 'ciudadana-izenpe', 'ciudadano-accv', 'ciudadana-camerfirma'];

interface Target { httpsPort: number; host: string }

function tlsGet(t: Target, pathAndQuery: string, context: tls.SecureContext): Promise<{ status: number; location?: string }> {
  return new Promise((resolve, reject) => {
    const options: https.RequestOptions & tls.ConnectionOptions = {
      host: '127.0.0.1', port: t.httpsPort, path: pathAndQuery, servername: t.host, headers: { Host: `${t.host}:${t.httpsPort}`, Accept: 'application/json' },
      secureContext: context, agent: false, rejectUnauthorized: false,
    };
    const req = https.request(options, (res) => {
      res.resume().on('end', () => resolve({ status: res.statusCode ?? 0, location: res.headers.location }));
    });
    req.on('error', reject).end();
  });
}

function httpGet(agent: http.Agent, url: URL, host: string, cookie: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port: url.port, path: url.pathname + url.search, agent, headers: { Host: host, Cookie: cookie, Accept: 'application/json' } }, (res) => {
      res.resume().on('end', () => resolve(res.statusCode ?? 0));
    }).on('error', reject);
  });
}

/** CPU seconds (user + system) of a process, from /proc (clock ticks of 10 ms). */
function cpuSeconds(pid: number): number {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return 0;
  }
}

/** The processes of the embedded Postgres (the postmaster, found by its data directory, and its children). */
function postgresPids(dataDir: string): number[] {
  const procs = readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map((pid) => {
    try {
      return { pid: Number(pid), cmd: readFileSync(`/proc/${pid}/cmdline`, 'utf8'), ppid: Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]) };
    } catch {
      return undefined;
    }
  }).filter((p) => p !== undefined);
  const master = procs.find((p) => p.cmd.includes(dataDir) && p.cmd.includes('postgres'));
  return master ? [master.pid, ...procs.filter((p) => p.ppid === master.pid).map((p) => p.pid)] : [];
}

/** The same database through the embedded Postgres's unix socket (/tmp/.s.PGSQL.<port>), when there is one. */
function unixSocketUrl(url: string): string | undefined {
  const u = new URL(url);
  if (!existsSync(`/tmp/.s.PGSQL.${u.port}`)) return undefined;
  return `postgres://${u.username}:${u.password}@${encodeURIComponent('/tmp')}:${u.port}${u.pathname}`;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function run(seconds: number, once: (i: number) => Promise<void>): Promise<number> {
  const end = performance.now() + seconds * 1000;
  let done = 0;
  let next = 0;
  const worker = async () => {
    while (performance.now() < end) {
      await once(next++);
      done++;
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return done / ((performance.now() - t0) / 1000);
}

export default async function bench(): Promise<BenchResult[]> {
  const platform = await benchPlatform();
  const { env, database } = platform;
  const { onboardTenant } = await import('../server/platform/onboard-tenant.ts');
  const { OnboardTenant } = await import('../server/platform/tenants.schemas.ts');
  const { generateDemoCitizenPki, DEMO_P12_PASSWORD } = await import('../server/pki/index.ts');
  const results: BenchResult[] = [];
  try {
    await onboardTenant(OnboardTenant.parse({
      slug: 'banco', name: 'Ayuntamiento de Banco', ine: '060251', cif: 'P0602500A', community: 'EX', languages: ['es'], defaultLanguage: 'es',
      branding: { primaryColor: '#1F3A5F', secondaryColor: '#B8860B', address: { street: 'Plaza Mayor, 1', postalCode: '06000', city: 'Banco', province: 'Badajoz' } },
    }), { actor: 'bench' });
    const pki = await generateDemoCitizenPki(path.join(env.DATA_DIR, 'pki'));
    const contexts = CERTS.map((id) => {
      const entry = pki.manifest.certificates.find((c) => c.id === id)!;
      return tls.createSecureContext({ pfx: readFileSync(path.join(pki.paths.dir, entry.p12)), passphrase: DEMO_P12_PASSWORD });
    });
    const host = 'banco.sede.localhost';
    pinLoadGenerator();

    const [loginPort, sedePort, barePort] = [await freePort(), await freePort(), await freePort()];
    // Postgres is on this machine: the server reaches it over its unix socket, as a co-located
    // deployment would (over TCP loopback each query costs ~0.25 ms of kernel time here).
    const socketUrl = unixSocketUrl(env.DATABASE_URL);
    const loginServer = await startChild(fromRoot('bench/lib/serve-cert-login.ts'), { ...env, ...(socketUrl ? { DATABASE_URL: socketUrl } : {}), HTTPS_PORT: String(loginPort), PORT: String(sedePort), ...(process.env.BENCH_PROFILE_DIR ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}` } : {}) });
    const bareServer = await startChild(fromRoot('bench/lib/serve-bare-tls.ts'), { ...env, HTTPS_PORT: String(barePort) });
    const sedeAgent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    try {
      const bareOnce = async (i: number) => {
        const r = await tlsGet({ httpsPort: barePort, host }, '/', contexts[i % contexts.length]!);
        if (r.status !== 200) throw new Error(`bare TLS: ${r.status}`);
      };
      const loginOnce = async (i: number) => {
        const state = randomBytes(32).toString('base64url');
        const r = await tlsGet({ httpsPort: loginPort, host }, `/api/session/certificate/login?state=${state}&return=%2F`, contexts[i % contexts.length]!);
        if (r.status !== 303 || !r.location) throw new Error(`certificate login: ${r.status}`);
        const status = await httpGet(sedeAgent, new URL(r.location), host, `sede_login_state=${state}`);
        if (status !== 303) throw new Error(`ticket exchange: ${status}`);
      };
      // Warm up both (JIT, pools, CRL parsing).
      await run(1, bareOnce);
      await run(1, loginOnce);
      const bare: number[] = [];
      const logins: number[] = [];
      const cpu = { bare: [] as number[], login: [] as number[], postgres: [] as number[] };
      const measured = async (pids: number[], once: (i: number) => Promise<void>) => {
        const c0 = pids.map(cpuSeconds);
        let ops = 0;
        const rate = await run(SECONDS, async (i) => { await once(i); ops++; });
        return { rate, cpuMs: pids.map((p, k) => ((cpuSeconds(p) - c0[k]!) * 1000) / ops) };
      };
      const pgPids = postgresPids(env.DATA_DIR);
      for (let round = 0; round < ROUNDS; round++) {
        const b = await measured([bareServer.pid!], bareOnce);
        bare.push(b.rate);
        cpu.bare.push(b.cpuMs[0]!);
        const l = await measured([loginServer.pid!, ...postgresPids(env.DATA_DIR)], loginOnce);
        logins.push(l.rate);
        cpu.login.push(l.cpuMs[0]!);
        cpu.postgres.push(l.cpuMs.slice(1).reduce((a, x) => a + x, 0));
        console.log(`  round ${round + 1}: bare ${bare.at(-1)!.toFixed(0)} handshakes/s (${cpu.bare.at(-1)!.toFixed(2)} ms CPU each), login ${logins.at(-1)!.toFixed(0)} logins/s (server ${cpu.login.at(-1)!.toFixed(2)} ms + Postgres ${cpu.postgres.at(-1)!.toFixed(2)} ms CPU each)`);
      }
      const sessions = Number((await database.knex.raw('SELECT count(*) AS n FROM platform.sessions')).rows[0].n);
      results.push(benchResult({
        name: 'cert-login', unit: 'logins/s', value: median(logins), baseline: median(bare), target: 0.5, targetKind: 'ratio-min',
        details: {
          what: 'full TLS handshake with client certificate (no resumption; OpenSSL checks chain, dates, CRLs, purpose) + passport-client-cert + reader + ticket row + redirect + ticket exchange on the sede (ticket spent and access logged in one statement) + session row, vs bare TLS handshake with the same certificates and TLS options',
          readerCache: 'warm: the 7 certificates repeat, so the reader (a few ms per new certificate) runs once each',
          concurrency: CONCURRENCY, secondsPerRun: SECONDS, rounds: ROUNDS, loginRuns: logins.map(Math.round), bareRuns: bare.map(Math.round),
          certificates: CERTS, sessionsCreated: sessions, database: socketUrl ? 'unix socket' : 'tcp', postgresProcesses: pgPids.length,
          serverCpuMsPerHandshake: median(cpu.bare), serverCpuMsPerLogin: median(cpu.login), postgresCpuMsPerLogin: median(cpu.postgres),
        },
      }));
    } finally {
      sedeAgent.destroy();
      await stopChild(loginServer);
      await stopChild(bareServer);
    }
  } finally {
    await platform.close();
  }
  return results;
}
