import { db } from '../db/current.ts';
import type { Tenant } from '../platform/types.ts';
import { tenantBySlug } from '../tenancy/tenant-directory.ts';
import { withTenant } from '../tenancy/with-tenant.ts';
import { compactCsv, normalizeCsv } from './csv-code.ts';
import { findCsvIndexEntry } from './csv-index.repository.ts';
import { documentPdf, findDocument, type DocumentRecord } from './documents.repository.ts';

/**
 * A CSV → its document, wherever it was issued: the global index (platform) names the owner,
 * then the document is read through withTenant(owner) — never a query across two schemas.
 *
 * Whatever was typed is normalised first (lower case, spaces, missing dashes). Something that
 * cannot be a CSV of ours still costs one index look-up (of a value no row can hold), so a
 * malformed code and an unknown one take the same path and the same time, and both give
 * `undefined`: callers answer them identically.
 */
const NEVER_A_CSV = '00000000000000000000'; // outside the CSV alphabet: the index CHECK refuses it

export interface FoundDocument {
  owner: Tenant;
  document: DocumentRecord;
  /** SHA-256 of the stored bytes, computed by Postgres at this look-up. */
  pdfSha256: string;
  /** The stored bytes, read on demand (in a transaction of the owner's). */
  pdf(): Promise<Buffer>;
}

export async function findDocumentByCsv(input: string): Promise<FoundDocument | undefined> {
  const printed = typeof input === 'string' ? normalizeCsv(input) : null;
  const entry = await findCsvIndexEntry(db(), printed ? compactCsv(printed) : NEVER_A_CSV);
  if (!entry || !printed) return undefined;
  const owner = await tenantBySlug(entry.tenantSlug);
  if (!owner) return undefined;
  const found = await withTenant(owner, (tdb) => findDocument(tdb, entry.documentId));
  if (!found || found.csv !== entry.csv) return undefined;
  const { pdfSha256, ...document } = found;
  return {
    owner, document, pdfSha256,
    pdf: async () => {
      const pdf = await withTenant(owner, (tdb) => documentPdf(tdb, entry.documentId));
      if (!pdf) throw new Error(`document ${owner.slug}/${entry.documentId} vanished`);
      return pdf;
    },
  };
}
