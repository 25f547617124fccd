import type { Knex } from 'knex';

/** The access log moved to the platform schema (platform migration 20261125_0002): the tenant copy goes. */
export async function up(db: Knex.Transaction): Promise<void> {
  await db.raw('DROP TABLE IF EXISTS access_log');
}
