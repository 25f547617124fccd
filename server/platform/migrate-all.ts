import type { Knex } from 'knex';
import { migratePlatform } from '../db/platform-schema.ts';
import { migrateTenant } from '../tenancy/tenant-schema.ts';
import { listTenants } from './tenants.repository.ts';

/**
 * `sede migrate`: the platform schema, then every tenant schema (a few at a time). Safe to run
 * again: what is applied is recorded in each schema and skipped.
 */
export async function migrateAll(knex: Knex, opts: { concurrency?: number; onTenant?: (slug: string, applied: string[]) => void } = {}): Promise<{ platform: string[]; tenants: number; applied: number }> {
  const platform = await migratePlatform(knex);
  const tenants = await listTenants(knex);
  let applied = 0;
  let next = 0;
  const worker = async () => {
    while (next < tenants.length) {
      const t = tenants[next++]!;
      const names = await migrateTenant(t);
      applied += names.length;
      opts.onTenant?.(t.slug, names);
    }
  };
  await Promise.all(Array.from({ length: Math.min(opts.concurrency ?? 4, tenants.length) }, worker));
  return { platform, tenants: tenants.length, applied };
}
