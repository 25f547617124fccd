import type { ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';
import { benchResult, type BenchResult } from './lib/result.ts';
import { startChild, stopChild } from './lib/child.ts';
import { freePort, tempPostgres } from './lib/temp-postgres.ts';
import { fromRoot } from '../server/paths.ts';

/**
 * csv-verify: public CSV verifications per second over HTTP (GET /api/verify/:csv — global
 * index → withTenant(owner) → row + SHA-256 of the stored PDF computed by Postgres → seal
 * verdict (our verifier, remembered per SHA-256) → JSON), autocannon here, the app in child
 * processes. Two throwaway embedded Postgres: one deployment with 1 ayuntamiento, one with 500.
 * value = req/s with 500 tenants, baseline = req/s with 1 tenant, target ≥ 80 %: the number of
 * tenant schemas must not slow verification down.
 *
 * Fairness on a shared 2-core machine: both deployments look up the same number of distinct
 * documents (1 tenant: all in its schema; 500: two per schema, each on its owner's sede host);
 * both databases are vacuumed/analysed and checkpointed after the bulk load (as a database
 * that has been running would be); both servers are warmed (every code once, then load until
 * every pooled connection has met every schema: the first query on a schema fills a backend's
 * catalog cache); then measured windows ALTERNATE between the two, and medians are compared.
 *
 * Cheap setup: tenants are a platform row + a migrated schema + one shared demo seal
 * certificate, through the tenancy helpers (no catalogue, calendar or RSA key per tenant).
 * Three documents are really issued (Chromium + seal); the others reuse those sealed PDFs under
 * new CSVs, stored through the same transaction as real ones. The look-up limiter is raised
 * (env) so that the bench measures look-ups, not 429s.
 */
const TENANTS = Number(process.env.BENCH_TENANTS ?? 500);
const DOCS_PER_TENANT = 2;
/** The same number of distinct documents is looked up in both deployments. */
const DOCUMENTS = TENANTS * DOCS_PER_TENANT;
const CONNECTIONS = 8;
const SECONDS = 6;
const ROUNDS = 3;
const WARM_SECONDS = Number(process.env.BENCH_WARM_SECONDS ?? 30);

interface Lookup { csv: string; host: string }
interface Window { rps: number; p50: number; p99: number }

async function load(port: number, lookups: Lookup[], seconds: number): Promise<Window> {
  const requests = lookups.map((l) => ({ method: 'GET' as const, path: `/api/verify/${l.csv}`, headers: { host: l.host, 'accept-language': 'es' } }));
  const r = await autocannon({ url: `http://127.0.0.1:${port}`, requests, connections: CONNECTIONS, duration: seconds, pipelining: 1 });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`csv-verify: ${r.non2xx} non-2xx answers and ${r.errors} errors`);
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 };
}

/** Every code once (the first check of a seal is ~15–40 ms of pkijs), then load until steady. */
async function warm(port: number, lookups: Lookup[]): Promise<number> {
  for (let i = 0; i < lookups.length; i += CONNECTIONS) {
    await Promise.all(lookups.slice(i, i + CONNECTIONS).map(async (l) => {
      const r = await fetch(`http://127.0.0.1:${port}/api/verify/${l.csv}`, { headers: { host: l.host } });
      if (r.status !== 200) throw new Error(`warm-up: ${r.status} for a stored CSV`);
      await r.arrayBuffer();
    }));
  }
  const cold = await load(port, lookups, 5);
  await load(port, lookups, WARM_SECONDS);
  return cold.rps;
}

function shuffled<T>(xs: T[]): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

const median = (ws: Window[]): Window => [...ws].sort((a, b) => a.rps - b.rps)[Math.floor(ws.length / 2)]!;

export default async function bench(): Promise<BenchResult[]> {
  const pgOne = await tempPostgres();
  const pgMany = await tempPostgres();
  // One DATA_DIR (demo PKI, deployment secret) for the setup and both servers.
  const common = { DATA_DIR: pgOne.dataDir, LOG_LEVEL: 'warn', VERIFY_RATE_PER_ADDRESS: '1000000000', VERIFY_RATE_GLOBAL: '1000000000' };
  Object.assign(process.env, common, { DATABASE_URL: pgOne.url });
  const { config, resetConfig } = await import('../server/config.ts');
  resetConfig();
  const { openDatabase } = await import('../server/db/database.ts');
  const { db, installDatabase } = await import('../server/db/current.ts');
  const { migratePlatform } = await import('../server/db/platform-schema.ts');
  const { findTenant, insertTenant } = await import('../server/platform/tenants.repository.ts');
  const { prepareSealCertificate, storeSealCertificate } = await import('../server/platform/seal-certificate.ts');
  const { createTenantSchema } = await import('../server/tenancy/tenant-schema.ts');
  const { withTenant } = await import('../server/tenancy/with-tenant.ts');
  const { generateCsv, compactCsv } = await import('../server/documents/csv-code.ts');
  const { issueTenantDocument, storeIssuedDocument } = await import('../server/documents/issue-tenant-document.ts');
  const { closeDocumentRenderer } = await import('../server/documents/renderer.ts');
  const { loadTenantSeal } = await import('../server/documents/tenant-seal.ts');
  const { sampleData } = await import('../server/documents/sample-data.ts');
  const { ineCheckDigit } = await import('../server/codes/ine.ts');
  const { cifControl } = await import('../server/codes/cif.ts');
  type Tenant = NonNullable<Awaited<ReturnType<typeof findTenant>>>;
  type Stored = Awaited<ReturnType<typeof issueTenantDocument>>;

  const seal = await prepareSealCertificate({ name: 'Ayuntamiento de Banco', cif: 'P0602500A', dir3: 'L01060251' });
  const createTenant = async (i: number): Promise<Tenant> => {
    const ine5 = `${String(1 + (i % 50)).padStart(2, '0')}${String(100 + Math.floor(i / 50)).padStart(3, '0')}`;
    const cifBase = `P${ine5}00`;
    const slug = `banco-${i}`;
    await db().transaction(async (trx) => {
      await insertTenant(trx, {
        slug, name: `Ayuntamiento de Banco ${i}`, names: {}, ine: `${ine5}${ineCheckDigit(ine5)}`, dir3: `L01${ine5}${ineCheckDigit(ine5)}`,
        cif: `${cifBase}${cifControl(cifBase).letter}`, community: 'EX', languages: ['es'], defaultLanguage: 'es', hostnames: [],
        branding: { primaryColor: '#1F3A5F', secondaryColor: '#B8860B', address: { street: 'Plaza Mayor, 1', postalCode: '06000', city: 'Banco', province: 'Badajoz' } },
      });
      await createTenantSchema(trx, { slug });
      await withTenant({ slug }, (tdb) => storeSealCertificate(tdb, seal), { within: trx });
    });
    return (await findTenant(db(), slug))!;
  };

  let real: Stored[] = [];
  let certificate: Awaited<ReturnType<typeof loadTenantSeal>>['certificate'];
  /** Another stored document with the bytes of a real one (same seal, new CSV, own row and index entry). */
  const cloneInto = async (t: Tenant, n: number): Promise<Lookup> => {
    const from = real[n % real.length]!;
    const csv = generateCsv();
    await storeIssuedDocument(t, { template: from.template, lng: 'es' }, {
      pdf: from.pdf, sha256: from.sha256, size: from.size, pages: from.pages, title: from.title, signingTime: from.signedAt,
    }, csv, certificate);
    return { csv: compactCsv(csv), host: `${t.slug}.sede.localhost` };
  };

  /** A deployment: its database migrated, `tenants` ayuntamientos, DOCUMENTS documents among them, vacuumed. */
  const populate = async (url: string, tenants: number): Promise<{ lookups: Lookup[]; setupSeconds: number }> => {
    const t0 = performance.now();
    const database = await openDatabase({ cfg: { ...config(), DATABASE_URL: url }, poolMax: 4 });
    installDatabase(database.knex);
    try {
      await migratePlatform(database.knex);
      const lookups: Lookup[] = [];
      const first = await createTenant(0);
      if (real.length === 0) {
        for (const template of ['justificante', 'diligencia-publicacion', 'volante-empadronamiento'] as const) {
          real.push(await issueTenantDocument(first, { template, lng: 'es', data: sampleData(template, 'es') }));
        }
        await closeDocumentRenderer();
        certificate = (await loadTenantSeal(first)).certificate;
        lookups.push(...real.map((d) => ({ csv: d.csv, host: `${first.slug}.sede.localhost` })));
      }
      const perTenant = Math.ceil(DOCUMENTS / tenants);
      for (let i = 0; i < tenants; i++) {
        const t = i === 0 ? first : await createTenant(i);
        for (let n = lookups.filter((l) => l.host.startsWith(`${t.slug}.`)).length; n < perTenant && lookups.length < DOCUMENTS; n++) lookups.push(await cloneInto(t, n));
        if ((i + 1) % 100 === 0) console.log(`  tenants ${i + 1}/${tenants}`);
      }
      // After a bulk load autovacuum would analyse every new table, and the checkpointer flush
      // the writes, while we measure: do both now.
      await database.knex.raw('VACUUM (ANALYZE)');
      await database.knex.raw('CHECKPOINT');
      return { lookups: shuffled(lookups), setupSeconds: (performance.now() - t0) / 1000 };
    } finally {
      await database.close();
    }
  };

  const children: ChildProcess[] = [];
  try {
    const one = await populate(pgOne.url, 1);
    const many = await populate(pgMany.url, TENANTS);
    const serve = async (url: string) => {
      const port = await freePort();
      children.push(await startChild(fromRoot('bench/lib/serve-app.ts'), { ...common, DATABASE_URL: url, PORT: String(port) }));
      return port;
    };
    const portOne = await serve(pgOne.url);
    const portMany = await serve(pgMany.url);
    const cold = { one: await warm(portOne, one.lookups), many: await warm(portMany, many.lookups) };
    const windows = { one: [] as Window[], many: [] as Window[] };
    for (let r = 0; r < ROUNDS; r++) {
      windows.one.push(await load(portOne, one.lookups, SECONDS));
      windows.many.push(await load(portMany, many.lookups, SECONDS));
    }
    const m1 = median(windows.one);
    const m500 = median(windows.many);
    console.log(`  1 tenant: ${Math.round(m1.rps)} req/s · ${TENANTS} tenants: ${Math.round(m500.rps)} req/s`);
    const view = (m: Window, ws: Window[], c: number) => ({ rps: Math.round(m.rps), p50ms: m.p50, p99ms: m.p99, windows: ws.map((w) => Math.round(w.rps)), coldRps: Math.round(c) });
    return [benchResult({
      name: 'csv-verify', unit: 'req/s', value: m500.rps, baseline: m1.rps, target: 0.8, targetKind: 'ratio-min',
      details: {
        endpoint: 'GET /api/verify/:csv on the owner\'s sede host (hits): index → withTenant(owner) → row + Postgres sha256(pdf) → seal verdict → JSON',
        tenants: TENANTS, distinctDocumentsLookedUp: DOCUMENTS, connections: CONNECTIONS,
        oneTenant: view(m1, windows.one, cold.one),
        manyTenants: view(m500, windows.many, cold.many),
        measurement: `two deployments served at once; median of ${ROUNDS} alternating ${SECONDS} s windows each, after a pass over every code, a 5 s cold window (coldRps) and ${WARM_SECONDS} s of warm-up load`,
        setupSeconds: { oneTenant: Math.round(one.setupSeconds), manyTenants: Math.round(many.setupSeconds) },
        note: 'rate limiter raised through VERIFY_RATE_PER_ADDRESS / VERIFY_RATE_GLOBAL; documents beyond the first 3 reuse real sealed PDFs under new CSVs; databases vacuumed, analysed and checkpointed after the bulk load',
      },
    })];
  } finally {
    for (const c of children) await stopChild(c);
    await pgOne.stop();
    await pgMany.stop();
  }
}
