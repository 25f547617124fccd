import type { Knex } from 'knex';
import { fromRoot } from '../paths.ts';
import { applyMigrations, loadMigrations, pendingMigrations } from './migrator.ts';

/** The `platform` schema: tenants, hostnames, audit, the global CSV index, sessions, jobs. */
export const PLATFORM_MIGRATIONS_DIR = fromRoot('migrations', 'platform');

export async function migratePlatform(knex: Knex): Promise<string[]> {
  const migrations = await loadMigrations(PLATFORM_MIGRATIONS_DIR);
  return knex.transaction(async (trx) => {
    await trx.raw('SELECT pg_advisory_xact_lock(hashtextextended(?, 0))', ['migrate:platform-schema']);
    await trx.raw('CREATE SCHEMA IF NOT EXISTS platform');
    await trx.raw('SET LOCAL search_path TO platform');
    return applyMigrations(trx, migrations, 'platform');
  });
}

export async function platformPendingMigrations(knex: Knex): Promise<string[]> {
  const migrations = await loadMigrations(PLATFORM_MIGRATIONS_DIR);
  return knex.transaction(async (trx) => {
    const exists = await trx.raw(`SELECT 1 FROM pg_namespace WHERE nspname = 'platform'`);
    if (exists.rows.length === 0) return migrations.map((m) => m.name);
    await trx.raw('SET LOCAL search_path TO platform');
    return (await pendingMigrations(trx, migrations)).map((m) => m.name);
  });
}
