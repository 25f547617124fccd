import type { Database } from '../../server/db/database.ts';
import { migrateAll } from '../../server/platform/migrate-all.ts';
import { withTenant } from '../../server/tenancy/with-tenant.ts';
import { createTestTenant, startTestApp } from '../support/test-app.ts';

let database: Database;
beforeAll(async () => ({ database } = await startTestApp()));
afterAll(async () => database.close());

test('migrations are idempotent: running them again applies nothing and changes nothing', async () => {
  const t = await createTestTenant();
  await migrateAll(database.knex);
  const before = await withTenant(t, async (db) => ({
    applied: await db('schema_migrations').pluck('name'),
    tramites: Number((await db('tramites').count({ n: '*' }))[0]!.n),
  }));
  const again = await migrateAll(database.knex);
  expect(again.platform).toEqual([]);
  expect(again.applied).toBe(0);
  const twice = await Promise.all([migrateAll(database.knex), migrateAll(database.knex)]);
  expect(twice.every((r) => r.applied === 0)).toBe(true);
  const after = await withTenant(t, async (db) => ({
    applied: await db('schema_migrations').pluck('name'),
    tramites: Number((await db('tramites').count({ n: '*' }))[0]!.n),
  }));
  expect(after).toEqual(before);
  expect(before.applied.length).toBeGreaterThan(0);
});

test('a tenant behind on migrations is brought up to date, and only once', async () => {
  const t = await createTestTenant();
  // Simulate a tenant created before the first migration existed: undo it by hand.
  await withTenant(t, async (db) => {
    await db.schema.dropTable('tramites').dropTable('dias_inhabiles').dropTable('certificates');
    await db('schema_migrations').delete();
  });
  const first = await migrateAll(database.knex);
  expect(first.applied).toBeGreaterThanOrEqual(1);
  const tables = await withTenant(t, async (db) => (await db.raw(`SELECT to_regclass('tramites') AS t`)).rows[0].t);
  expect(tables).toBe('tramites');
  expect((await migrateAll(database.knex)).applied).toBe(0);
});
