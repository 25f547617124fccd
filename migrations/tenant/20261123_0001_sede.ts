import type { Knex } from 'knex';

/**
 * A tenant's first tables: its catalogue of trámites (starter list), its días inhábiles
 * (national, autonomic and local layers) and its sede/seal certificates. Plain table names:
 * the tenancy door sets the search_path.
 */
export async function up(db: Knex.Transaction): Promise<void> {
  await db.schema.createTable('tramites', (t) => {
    t.text('code').primary();
    t.jsonb('titles').notNullable();
    t.jsonb('descriptions').notNullable().defaultTo('{}');
    t.boolean('enabled').notNullable().defaultTo(true);
    t.integer('position').notNullable().defaultTo(0);
  });
  await db.schema.createTable('dias_inhabiles', (t) => {
    t.date('fecha').notNullable();
    t.text('layer').notNullable();
    t.jsonb('names').notNullable();
    t.primary(['fecha', 'layer']);
  });
  await db.raw(`ALTER TABLE dias_inhabiles ADD CONSTRAINT dias_inhabiles_layer_check CHECK (layer IN ('national', 'autonomic', 'local'))`);
  await db.schema.createTable('certificates', (t) => {
    t.increments('id').primary();
    t.text('purpose').notNullable(); // 'seal' (sello de órgano) or 'sede'
    t.binary('p12').notNullable(); // PKCS#12 protected by the deployment secret (encrypted at rest)
    t.text('certificate_pem').notNullable();
    t.text('subject').notNullable();
    t.text('issuer').notNullable();
    t.text('serial_number').notNullable();
    t.text('fingerprint_sha256').notNullable();
    t.timestamp('not_before', { useTz: true }).notNullable();
    t.timestamp('not_after', { useTz: true }).notNullable();
    t.boolean('active').notNullable().defaultTo(true);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(db.raw('now()'));
  });
}
