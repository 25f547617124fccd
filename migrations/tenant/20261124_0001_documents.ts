import type { Knex } from 'knex';

/**
 * The tenant's document store: every document it issued (render + PAdES seal), immutable,
 * with its CSV, its SHA-256, its ENI metadata (NTI de Documento Electrónico, LEGAL.md §6) and
 * the sealed PDF itself in `pdf` (bytea, in the database by default so that a document exists
 * exactly when its row does). The CSV is also in the platform's global index
 * (platform.csv_index), written in the same transaction.
 *
 * Idempotent: a schema whose migration record was lost keeps its table.
 */
export async function up(db: Knex.Transaction): Promise<void> {
  if (await db.schema.hasTable('documents')) return;
  await db.schema.createTable('documents', (t) => {
    t.bigIncrements('id').primary();
    // Compact CSV (20 symbols, no dashes); printed grouped on the document.
    t.text('csv').notNullable().unique({ indexName: 'documents_csv_unique' });
    t.text('template').notNullable();
    t.text('language').notNullable();
    t.text('title').notNullable();
    t.specificType('sha256', 'char(64)').notNullable();
    t.integer('size').notNullable();
    t.text('mime_type').notNullable().defaultTo('application/pdf');
    t.integer('pages').notNullable();
    // ENI metadata (metadatosDocumentoEni.xsd)
    t.text('eni_identifier').notNullable().unique({ indexName: 'documents_eni_identifier_unique' });
    t.specificType('eni_organos', 'text[]').notNullable();
    t.timestamp('captured_at', { useTz: true }).notNullable();
    t.boolean('origin_administration').notNullable();
    t.text('estado_elaboracion').notNullable();
    t.text('origin_document_identifier');
    t.text('tipo_documental').notNullable();
    // The seal that signed it (copied: certificates rows are deactivated, never rewritten)
    t.text('seal_subject').notNullable();
    t.text('seal_issuer').notNullable();
    t.text('seal_serial_number').notNullable();
    t.text('seal_fingerprint_sha256').notNullable();
    t.timestamp('signed_at', { useTz: true }).notNullable();
    t.binary('pdf').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(db.raw('clock_timestamp()'));
  });
  await db.raw(`ALTER TABLE documents ADD CONSTRAINT documents_csv_check CHECK (csv ~ '^[23456789A-HJKMNP-Z]{20}$')`);
  await db.raw(`ALTER TABLE documents ADD CONSTRAINT documents_sha256_check CHECK (sha256 ~ '^[0-9a-f]{64}$')`);
  await db.raw(`ALTER TABLE documents ADD CONSTRAINT documents_tipo_check CHECK (tipo_documental ~ '^TD[0-9]{2}$')`);
  await db.raw(`ALTER TABLE documents ADD CONSTRAINT documents_estado_check CHECK (estado_elaboracion IN ('EE01', 'EE02', 'EE03', 'EE04', 'EE99'))`);
  await db.raw(`ALTER TABLE documents ADD CONSTRAINT documents_language_check CHECK (language IN ('es', 'ca', 'eu'))`);
  // PDFs are already compressed: keep them out of line without trying pglz on them.
  await db.raw('ALTER TABLE documents ALTER COLUMN pdf SET STORAGE EXTERNAL');
}
