import autocannon from 'autocannon';
import { benchResult, type BenchResult } from './lib/result.ts';
import { startChild, stopChild } from './lib/child.ts';
import { freePort, tempPostgres } from './lib/temp-postgres.ts';
import { fromRoot } from '../server/paths.ts';

/**
 * csv-verify: public CSV verifications per second over HTTP (GET /api/verify/:csv — global
 * index → withTenant(owner) → the stored PDF → our seal verifier → JSON), the app in its own
 * process, autocannon here, on a throwaway embedded Postgres. Measured with 1 ayuntamiento, then
 * with 500 on the same database: value = req/s at 500 tenants, baseline = req/s at 1 tenant,
 * target ≥ 80 % (the number of tenant schemas must not slow verification down).
 *
 * Both runs look up the same number of distinct documents (1 tenant: all in one schema; 500:
 * two per schema) after a warm-up pass over every code.
 *
 * Cheap setup: tenants are a platform row + a migrated schema + one shared demo seal
 * certificate, through the tenancy helpers (no catalogue, calendar or RSA key per tenant).
 * A few documents are really issued (Chromium + seal); the others reuse those sealed PDFs
 * under new CSVs, stored through the same transaction as real ones. The look-up limiter is
 * raised (env) so that the bench measures look-ups, not 429s.
 */
const TENANTS = Number(process.env.BENCH_TENANTS ?? 500);
const DOCS_PER_TENANT = 2;
/** The same number of distinct documents is looked up in both runs. */
const DOCUMENTS = TENANTS * DOCS_PER_TENANT;
const CONNECTIONS = 8;
const SECONDS = 8;

interface Lookup { csv: string; host: string }

async function load(port: number, lookups: Lookup[], seconds: number): Promise<{ rps: number; p50: number; p99: number }> {
  const requests = lookups.map((l) => ({ method: 'GET' as const, path: `/api/verify/${l.csv}`, headers: { host: l.host, 'accept-language': 'es' } }));
  const r = await autocannon({ url: `http://127.0.0.1:${port}`, requests, connections: CONNECTIONS, duration: seconds, pipelining: 1 });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`csv-verify: ${r.non2xx} non-2xx answers and ${r.errors} errors`);
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 };
}

/**
 * The app in a child process; a warm-up that looks every code up once (the first check of a
 * seal is ~15–40 ms of pkijs; later look-ups of the same bytes reuse the verdict), then the
 * measured run.
 */
async function measure(env: Record<string, string>, lookups: Lookup[]) {
  const port = await freePort();
  const child = await startChild(fromRoot('bench/lib/serve-app.ts'), { ...env, PORT: String(port) });
  try {
    for (let i = 0; i < lookups.length; i += CONNECTIONS) {
      await Promise.all(lookups.slice(i, i + CONNECTIONS).map(async (l) => {
        const r = await fetch(`http://127.0.0.1:${port}/api/verify/${l.csv}`, { headers: { host: l.host } });
        if (r.status !== 200) throw new Error(`warm-up: ${r.status} for a stored CSV`);
        await r.arrayBuffer();
      }));
    }
    await load(port, lookups, 2);
    return await load(port, lookups, SECONDS);
  } finally {
    await stopChild(child);
  }
}

function shuffled<T>(xs: T[]): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

export default async function bench(): Promise<BenchResult[]> {
  const pg = await tempPostgres();
  const env = {
    DATABASE_URL: pg.url, DATA_DIR: pg.dataDir, LOG_LEVEL: 'warn',
    VERIFY_RATE_PER_ADDRESS: '1000000000', VERIFY_RATE_GLOBAL: '1000000000',
  };
  Object.assign(process.env, env);
  const { resetConfig } = await import('../server/config.ts');
  resetConfig();
  const { openDatabase } = await import('../server/db/database.ts');
  const { db, installDatabase } = await import('../server/db/current.ts');
  const { migratePlatform } = await import('../server/db/platform-schema.ts');
  const { findTenant, insertTenant } = await import('../server/platform/tenants.repository.ts');
  const { prepareSealCertificate, storeSealCertificate } = await import('../server/platform/seal-certificate.ts');
  const { createTenantSchema } = await import('../server/tenancy/tenant-schema.ts');
  const { invalidateTenantDirectory } = await import('../server/tenancy/tenant-directory.ts');
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

  const database = await openDatabase({ poolMax: 4 });
  installDatabase(database.knex);
  try {
    await migratePlatform(database.knex);
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
      invalidateTenantDirectory();
      return (await findTenant(db(), slug))!;
    };

    // Real documents, issued through the whole pipeline, for the first tenant.
    const first = await createTenant(0);
    const real: Stored[] = [];
    for (const template of ['justificante', 'diligencia-publicacion', 'volante-empadronamiento'] as const) {
      real.push(await issueTenantDocument(first, { template, lng: 'es', data: sampleData(template, 'es') }));
    }
    await closeDocumentRenderer();
    const certificate = (await loadTenantSeal(first)).certificate;
    const lookups = new Map<string, Lookup[]>();
    const add = (t: Tenant, csv: string) => {
      const list = lookups.get(t.slug) ?? [];
      list.push({ csv: compactCsv(csv), host: `${t.slug}.sede.localhost` });
      lookups.set(t.slug, list);
    };
    real.forEach((d) => add(first, d.printedCsv));
    /** Another stored document with the bytes of a real one (same seal, new CSV, own row and index entry). */
    const cloneInto = async (t: Tenant, n: number) => {
      const from = real[n % real.length]!;
      const csv = generateCsv();
      await storeIssuedDocument(t, { template: from.template, lng: 'es' }, {
        pdf: from.pdf, sha256: from.sha256, size: from.size, pages: from.pages, title: from.title, signingTime: from.signedAt,
      }, csv, certificate);
      add(t, csv);
    };
    for (let n = real.length; n < DOCUMENTS; n++) await cloneInto(first, n);

    const one = await measure(env, shuffled(lookups.get(first.slug)!));
    console.log(`  1 tenant: ${Math.round(one.rps)} req/s`);

    const t0 = performance.now();
    for (let i = 1; i < TENANTS; i++) {
      const t = await createTenant(i);
      for (let n = 0; n < DOCS_PER_TENANT; n++) await cloneInto(t, n);
      if ((i + 1) % 100 === 0) console.log(`  tenants ${i + 1}/${TENANTS}`);
    }
    const setupSeconds = (performance.now() - t0) / 1000;
    // As many distinct documents as before, spread over every tenant (each code on its owner's sede host).
    const all = shuffled([...lookups.entries()].flatMap(([slug, list]) => (slug === first.slug ? list.slice(0, DOCS_PER_TENANT) : list)));
    const many = await measure(env, all);
    console.log(`  ${TENANTS} tenants: ${Math.round(many.rps)} req/s`);

    return [benchResult({
      name: 'csv-verify', unit: 'req/s', value: many.rps, baseline: one.rps, target: 0.8, targetKind: 'ratio-min',
      details: {
        endpoint: 'GET /api/verify/:csv on the owner\'s sede host (hits): index → withTenant(owner) → PDF bytes → seal verifier → JSON',
        tenants: TENANTS, distinctDocumentsLookedUp: all.length, connections: CONNECTIONS, durationSeconds: SECONDS,
        oneTenant: { rps: Math.round(one.rps), p50ms: one.p50, p99ms: one.p99 },
        manyTenants: { rps: Math.round(many.rps), p50ms: many.p50, p99ms: many.p99 },
        setupSecondsFor499Tenants: Math.round(setupSeconds),
        note: 'rate limiter raised through VERIFY_RATE_PER_ADDRESS / VERIFY_RATE_GLOBAL; documents beyond the first 3 reuse real sealed PDFs under new CSVs',
      },
    })];
  } finally {
    await database.close();
    await pg.stop();
  }
}
