import type { Knex } from 'knex';

/** Tenants (ayuntamientos), their hostnames, and the platform audit log. */
export async function up(db: Knex.Transaction): Promise<void> {
  await db.schema.createTable('tenants', (t) => {
    t.increments('id').primary();
    t.text('slug').notNullable().unique({ indexName: 'tenants_slug_unique' });
    t.text('name').notNullable();
    t.jsonb('names').notNullable().defaultTo('{}');
    t.specificType('ine', 'char(6)').notNullable().unique({ indexName: 'tenants_ine_unique' });
    t.text('dir3').notNullable().unique({ indexName: 'tenants_dir3_unique' });
    t.text('cif').notNullable();
    t.text('community').notNullable();
    t.specificType('languages', 'text[]').notNullable();
    t.text('default_language').notNullable();
    t.jsonb('branding').notNullable().defaultTo('{}');
    t.binary('logo');
    t.text('logo_type');
    t.text('status').notNullable().defaultTo('active');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(db.raw('now()'));
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(db.raw('now()'));
  });
  await db.raw(`ALTER TABLE tenants ADD CONSTRAINT tenants_status_check CHECK (status IN ('active', 'suspended'))`);
  await db.raw(`ALTER TABLE tenants ADD CONSTRAINT tenants_default_language_check CHECK (default_language = ANY (languages))`);

  await db.schema.createTable('tenant_hostnames', (t) => {
    t.text('hostname').primary({ constraintName: 'tenant_hostnames_pkey' });
    t.integer('tenant_id').notNullable().references('id').inTable('tenants').onDelete('CASCADE');
  });
  await db.schema.createTable('audit_log', (t) => {
    t.bigIncrements('id').primary();
    t.timestamp('at', { useTz: true }).notNullable().defaultTo(db.raw('clock_timestamp()'));
    t.text('actor').notNullable();
    t.text('action').notNullable();
    t.text('tenant_slug');
    t.jsonb('details').notNullable().defaultTo('{}');
  });
}
