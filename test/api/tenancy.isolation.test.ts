import type { Knex } from 'knex';
import type { Database } from '../../server/db/database.ts';
import { withTenant } from '../../server/tenancy/with-tenant.ts';
import type { Tenant } from '../../server/platform/types.ts';
import { createTestTenant, startTestApp } from '../support/test-app.ts';

/**
 * tenant-pool-leak (RELIABILITY.md): two tenants, a pool of 2 connections, many interleaved
 * transactions with forced SQL errors: no query ever lands in the wrong schema.
 */
let database: Database;
let a: Tenant;
let b: Tenant;

beforeAll(async () => {
  ({ database } = await startTestApp({ poolMax: 2 }));
  a = await createTestTenant();
  b = await createTestTenant();
  for (const t of [a, b]) {
    await withTenant(t, async (db) => {
      await db.schema.createTable('probe', (tb) => { tb.increments('id'); tb.text('owner').notNullable(); });
      await db('probe').insert({ owner: t.slug });
    });
  }
});
afterAll(async () => database.close());

const currentSchema = async (db: Knex.Transaction) => (await db.raw('SELECT current_schema() AS s')).rows[0].s as string;

test('withTenant isolates schemas under a pool of 2 with interleaved work and forced errors', async () => {
  const rounds = 400;
  const tasks: Promise<void>[] = [];
  let forced = 0;
  for (let i = 0; i < rounds; i++) {
    const t = i % 2 === 0 ? a : b;
    tasks.push(
      withTenant(t, async (db) => {
        expect(await currentSchema(db)).toBe(`t_${t.slug}`);
        const owners = await db('probe').distinct('owner').pluck('owner');
        expect(owners).toEqual([t.slug]);
        if (i % 3 === 0) await db('probe').insert({ owner: t.slug });
        if (i % 5 === 0) await db.raw('SELECT 1/0'); // forced SQL error: the transaction rolls back
        if (i % 7 === 0) await new Promise((r) => setTimeout(r, 1));
      }).catch((err: { code?: string }) => {
        if (err.code !== '22012') throw err; // division_by_zero
        forced++;
      }),
    );
  }
  await Promise.all(tasks);
  expect(forced).toBeGreaterThan(50);
  // Nothing ever written across: each probe table holds only its own rows.
  for (const t of [a, b]) {
    const owners = await withTenant(t, (db) => db('probe').distinct('owner').pluck('owner'));
    expect(owners).toEqual([t.slug]);
  }
  // A pooled connection outside withTenant never keeps a tenant search_path.
  for (let i = 0; i < 4; i++) {
    const path = (await database.knex.raw('SHOW search_path')).rows[0].search_path as string;
    expect(path).not.toMatch(/t_/);
  }
});

test('a nested withTenant for another tenant is refused; for the same tenant it reuses the transaction', async () => {
  await expect(withTenant(a, () => withTenant(b, async () => 1))).rejects.toThrow(/inside withTenant/);
  const same = await withTenant(a, async (outer) => withTenant(a, async (inner) => outer === inner));
  expect(same).toBe(true);
});

test('a session-level SET search_path is what leaks — the door never uses it (the trap is real)', async () => {
  // Demonstrates the RELIABILITY.md trap on a dedicated pool of 1, so this test can fail if
  // withTenant ever switched to a session-level SET.
  const { openDatabase } = await import('../../server/db/database.ts');
  const one = await openDatabase({ poolMax: 1 });
  try {
    await one.knex.raw(`SET search_path TO "t_${a.slug}"`);
    const leaked = (await one.knex.raw('SELECT current_schema() AS s')).rows[0].s;
    expect(leaked).toBe(`t_${a.slug}`);
  } finally {
    await one.close();
  }
});
