import type { Knex } from 'knex';

/**
 * The access log of every site (ayuntamientos and the portal) in one platform table, next to
 * the sessions and the audit log (ARCHITECTURE D2): a login then spends its ticket and records
 * itself in ONE statement. Tickets remember the site and the person they are for.
 */
export async function up(db: Knex.Transaction): Promise<void> {
  await db.raw(`ALTER TABLE access_log ADD COLUMN site text NOT NULL DEFAULT '@portal'`);
  await db.raw(`ALTER TABLE access_log ALTER COLUMN site DROP DEFAULT`);
  await db.raw('DROP INDEX IF EXISTS access_log_subject_idx');
  await db.raw('CREATE INDEX access_log_site_subject_idx ON access_log (site, subject, at DESC)');
  await db.raw(`ALTER TABLE access_log ADD CONSTRAINT access_log_outcome_check CHECK (outcome IN ('success', 'failure'))`);
  await db.raw('ALTER TABLE login_tickets ADD COLUMN site text, ADD COLUMN subject text');
}
