import type { Knex } from 'knex';

/** The global CSV index, platform.csv_index (always schema-qualified: it may share a transaction with withTenant). */
export interface CsvIndexEntry {
  /** Compact CSV (20 symbols). */
  csv: string;
  tenantSlug: string;
  documentId: number;
  createdAt: Date;
}

export const CSV_INDEX_PKEY = 'csv_index_pkey';

export async function insertCsvIndexEntry(db: Knex | Knex.Transaction, e: Omit<CsvIndexEntry, 'createdAt'>): Promise<void> {
  await db.withSchema('platform').table('csv_index').insert({ csv: e.csv, tenant_slug: e.tenantSlug, document_id: e.documentId });
}

export async function findCsvIndexEntry(db: Knex | Knex.Transaction, csv: string): Promise<CsvIndexEntry | undefined> {
  const row = await db.withSchema('platform').table('csv_index').where({ csv }).first('csv', 'tenant_slug', 'document_id', 'created_at');
  return row && { csv: row.csv, tenantSlug: row.tenant_slug, documentId: Number(row.document_id), createdAt: row.created_at };
}

export async function csvIndexEntriesOf(db: Knex | Knex.Transaction, tenantSlug: string): Promise<CsvIndexEntry[]> {
  const rows = await db.withSchema('platform').table('csv_index').where({ tenant_slug: tenantSlug }).orderBy('document_id')
    .select('csv', 'tenant_slug', 'document_id', 'created_at');
  return rows.map((row) => ({ csv: row.csv, tenantSlug: row.tenant_slug, documentId: Number(row.document_id), createdAt: row.created_at }));
}
