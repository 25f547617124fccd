import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Knex } from 'knex';

/**
 * Migrations are files `<timestamp>_<name>.ts` exporting `up(db)`. They are immutable once
 * landed, use bindings, and never import services. The runner applies the pending ones in
 * name order, inside the caller's transaction, recording them in `schema_migrations` of the
 * schema the transaction's search_path points at (platform, or one tenant).
 */
export interface Migration {
  name: string;
  up(db: Knex.Transaction): Promise<void>;
}

const cache = new Map<string, Promise<Migration[]>>();

export function loadMigrations(dir: string): Promise<Migration[]> {
  let found = cache.get(dir);
  if (!found) {
    found = (async () => {
      const files = readdirSync(dir).filter((f) => /^\d{8}_\d{4}_[a-z0-9_]+\.ts$/.test(f)).sort();
      const loaded: Migration[] = [];
      for (const file of files) {
        const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { up?: Migration['up'] };
        if (typeof mod.up !== 'function') throw new Error(`Migration ${file} does not export up()`);
        loaded.push({ name: file.replace(/\.ts$/, ''), up: mod.up });
      }
      return loaded;
    })();
    cache.set(dir, found);
  }
  return found;
}

/** Pending migration names for the schema the transaction points at. */
export async function pendingMigrations(trx: Knex.Transaction, migrations: Migration[]): Promise<Migration[]> {
  const exists = await trx.raw(`SELECT to_regclass('schema_migrations') AS t`);
  if (!exists.rows[0].t) return migrations;
  const done = new Set((await trx('schema_migrations').select('name')).map((r: { name: string }) => r.name));
  return migrations.filter((m) => !done.has(m.name));
}

/**
 * Applies what is pending. `lockKey` serialises concurrent runs on the same schema
 * (transaction-scoped advisory lock). Returns the names applied.
 */
export async function applyMigrations(trx: Knex.Transaction, migrations: Migration[], lockKey: string): Promise<string[]> {
  let pending = await pendingMigrations(trx, migrations);
  if (pending.length === 0) return [];
  await trx.raw('SELECT pg_advisory_xact_lock(hashtextextended(?, 0))', [`migrate:${lockKey}`]);
  pending = await pendingMigrations(trx, migrations);
  if (pending.length === 0) return [];
  await trx.raw(`CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT clock_timestamp())`);
  for (const m of pending) {
    await m.up(trx);
    await trx('schema_migrations').insert({ name: m.name });
  }
  return pending.map((m) => m.name);
}
