import type { Knex } from 'knex';

/**
 * The global CSV index: every CSV issued on the platform → the tenant that holds the document
 * and its id there. Verification on any sede (or on the Diputación portal) looks the code up
 * here, then reads the document through withTenant(owner): never a query across two tenant
 * schemas. Sample documents (staff gallery) are never entered here.
 *
 * A tenant's rows go with the tenant (ON DELETE CASCADE), as its schema does.
 */
export async function up(db: Knex.Transaction): Promise<void> {
  if (await db.schema.hasTable('csv_index')) return;
  await db.schema.createTable('csv_index', (t) => {
    t.text('csv').primary({ constraintName: 'csv_index_pkey' });
    t.text('tenant_slug').notNullable().references('slug').inTable('tenants').onDelete('CASCADE').onUpdate('CASCADE');
    t.bigInteger('document_id').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(db.raw('now()'));
    t.unique(['tenant_slug', 'document_id'], { indexName: 'csv_index_document_unique' });
  });
  await db.raw(`ALTER TABLE csv_index ADD CONSTRAINT csv_index_csv_check CHECK (csv ~ '^[23456789A-HJKMNP-Z]{20}$')`);
}
