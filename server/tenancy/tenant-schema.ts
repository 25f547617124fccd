import type { Knex } from 'knex';
import { fromRoot } from '../paths.ts';
import { applyMigrations, loadMigrations, pendingMigrations } from '../db/migrator.ts';
import { quotedSchema, schemaName } from './schema-name.ts';
import { withTenant, type TenantRef } from './with-tenant.ts';

/** Creating, migrating and dropping a tenant's schema: only the tenancy module does DDL on it. */
export const TENANT_MIGRATIONS_DIR = fromRoot('migrations', 'tenant');

export async function createTenantSchema(trx: Knex.Transaction, tenant: TenantRef): Promise<string[]> {
  await trx.raw(`CREATE SCHEMA ${quotedSchema(tenant.slug)}`);
  return migrateTenant(tenant, trx);
}

export async function migrateTenant(tenant: TenantRef, within?: Knex.Transaction): Promise<string[]> {
  const migrations = await loadMigrations(TENANT_MIGRATIONS_DIR);
  return withTenant(tenant, (trx) => applyMigrations(trx, migrations, schemaName(tenant.slug)), { within });
}

export async function tenantPendingMigrations(tenant: TenantRef): Promise<string[]> {
  const migrations = await loadMigrations(TENANT_MIGRATIONS_DIR);
  return withTenant(tenant, async (trx) => (await pendingMigrations(trx, migrations)).map((m) => m.name));
}

export async function dropTenantSchema(trx: Knex.Transaction, tenant: TenantRef): Promise<void> {
  await trx.raw(`DROP SCHEMA IF EXISTS ${quotedSchema(tenant.slug)} CASCADE`);
}

export async function tenantSchemaExists(knex: Knex | Knex.Transaction, tenant: TenantRef): Promise<boolean> {
  const r = await knex.raw('SELECT 1 FROM pg_namespace WHERE nspname = ?', [schemaName(tenant.slug)]);
  return r.rows.length > 0;
}
