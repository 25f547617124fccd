import request from 'supertest';
import type { Express } from 'express';
import type { Database } from '../../server/db/database.ts';
import { forgetReadiness } from '../../server/http/health.routes.ts';
import { migrateAll } from '../../server/platform/migrate-all.ts';
import { withTenant } from '../../server/tenancy/with-tenant.ts';
import { createTestTenant, startTestApp } from '../support/test-app.ts';

let app: Express;
let database: Database;
beforeAll(async () => ({ app, database } = await startTestApp()));
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

test('a tenant behind on migrations makes /readyz say so, and migrate brings it up to date, only once', async () => {
  const t = await createTestTenant();
  forgetReadiness();
  await request(app).get('/readyz').expect(200);
  // Simulate a tenant created before the first migration existed: undo that one by hand.
  const first = await withTenant(t, async (db) => {
    const name = (await db('schema_migrations').orderBy('name').first('name')).name as string;
    await db.schema.dropTable('tramites').dropTable('dias_inhabiles').dropTable('certificates');
    await db('schema_migrations').where({ name }).delete();
    return name;
  });
  expect(first).toMatch(/_0001_sede$/);
  forgetReadiness();
  const behind = await request(app).get('/readyz').expect(503);
  expect(behind.body.tenantMigrationsPending).toBeGreaterThanOrEqual(1);
  const caughtUp = await migrateAll(database.knex);
  expect(caughtUp.applied).toBeGreaterThanOrEqual(1);
  const table = await withTenant(t, async (db) => (await db.raw(`SELECT to_regclass('tramites') AS t`)).rows[0].t);
  expect(table).toBe('tramites');
  expect((await migrateAll(database.knex)).applied).toBe(0);
  forgetReadiness();
  await request(app).get('/readyz').expect(200);
});
