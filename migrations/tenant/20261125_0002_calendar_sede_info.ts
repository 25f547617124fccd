import type { Knex } from 'knex';

/**
 * Calendar and sede information of a tenant:
 * - service_interruptions: planned (announced in advance) and unplanned (recorded by staff)
 *   interruptions of the sede, with a description per language;
 * - plazo_extensions: the LPAC 32.4 extension granted after an unplanned interruption (one
 *   per interruption): how many días, for the plazos ending in which window, and why;
 * - sede_info_texts: the tenant's own text, per language, for a section of the mandatory
 *   information page (RD 203/2021 art. 11); a missing row means the default locale text;
 * - oficinas_asistencia: the offices that help with registration (LPAC 16.7), with hours.
 *
 * Idempotent: a schema whose migration record was lost keeps its tables.
 */
export async function up(db: Knex.Transaction): Promise<void> {
  if (!(await db.schema.hasTable('service_interruptions'))) {
    await db.schema.createTable('service_interruptions', (t) => {
      t.increments('id').primary();
      t.text('kind').notNullable();
      t.timestamp('starts_at', { useTz: true }).notNullable();
      t.timestamp('ends_at', { useTz: true });
      t.jsonb('descriptions').notNullable();
      t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(db.raw('clock_timestamp()'));
      t.text('created_by').notNullable();
    });
    await db.raw(`ALTER TABLE service_interruptions ADD CONSTRAINT service_interruptions_kind_check CHECK (kind IN ('planned', 'unplanned'))`);
    await db.raw(`ALTER TABLE service_interruptions ADD CONSTRAINT service_interruptions_period_check CHECK (ends_at IS NULL OR ends_at >= starts_at)`);
  }
  if (!(await db.schema.hasTable('plazo_extensions'))) {
    await db.schema.createTable('plazo_extensions', (t) => {
      t.increments('id').primary();
      t.integer('interruption_id').notNullable().unique({ indexName: 'plazo_extensions_interruption_unique' })
        .references('id').inTable('service_interruptions').onDelete('RESTRICT');
      t.integer('amount').notNullable();
      t.text('unit').notNullable();
      t.date('affected_from').notNullable();
      t.date('affected_to').notNullable();
      t.jsonb('reasons').notNullable();
      t.timestamp('decided_at', { useTz: true }).notNullable().defaultTo(db.raw('clock_timestamp()'));
      t.text('decided_by').notNullable();
    });
    await db.raw(`ALTER TABLE plazo_extensions ADD CONSTRAINT plazo_extensions_check CHECK (amount > 0 AND unit IN ('habiles', 'naturales') AND affected_to >= affected_from)`);
  }
  if (!(await db.schema.hasTable('sede_info_texts'))) {
    await db.schema.createTable('sede_info_texts', (t) => {
      t.text('section').notNullable();
      t.text('lng').notNullable();
      t.text('body').notNullable();
      t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(db.raw('clock_timestamp()'));
      t.text('updated_by').notNullable();
      t.primary(['section', 'lng']);
    });
  }
  if (!(await db.schema.hasTable('oficinas_asistencia'))) {
    await db.schema.createTable('oficinas_asistencia', (t) => {
      t.increments('id').primary();
      t.integer('position').notNullable().defaultTo(0);
      t.jsonb('names').notNullable();
      t.text('address').notNullable();
      t.jsonb('hours').notNullable();
      t.text('phone');
      t.text('email');
      // Values not verified against a public source (DEMO-TOWNS.md): shown as demo data.
      t.boolean('demo').notNullable().defaultTo(false);
    });
  }
}
