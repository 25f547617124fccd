import type { Knex } from 'knex';
import type { Language } from '../i18n/languages.ts';
import type { EstadoElaboracion, TipoDocumental } from './eni.ts';
import type { DocumentTemplate } from './types.ts';

/**
 * The tenant's `documents` table (plain name: the caller is inside withTenant). Rows are
 * written once and never changed.
 */
export interface DocumentRecord {
  id: number;
  /** Compact CSV (20 symbols). */
  csv: string;
  template: DocumentTemplate;
  language: Language;
  title: string;
  sha256: string;
  size: number;
  mimeType: string;
  pages: number;
  eniIdentifier: string;
  eniOrganos: string[];
  capturedAt: Date;
  originAdministration: boolean;
  estadoElaboracion: EstadoElaboracion;
  originDocumentIdentifier: string | null;
  tipoDocumental: TipoDocumental;
  sealSubject: string;
  sealIssuer: string;
  sealSerialNumber: string;
  sealFingerprintSha256: string;
  signedAt: Date;
  createdAt: Date;
}

export type NewDocument = Omit<DocumentRecord, 'createdAt'> & { pdf: Buffer };

interface Row {
  id: number; csv: string; template: DocumentTemplate; language: Language; title: string; sha256: string; size: number;
  mime_type: string; pages: number; eni_identifier: string; eni_organos: string[]; captured_at: Date; origin_administration: boolean;
  estado_elaboracion: EstadoElaboracion; origin_document_identifier: string | null; tipo_documental: TipoDocumental;
  seal_subject: string; seal_issuer: string; seal_serial_number: string; seal_fingerprint_sha256: string; signed_at: Date; created_at: Date;
}

const COLUMNS = ['id', 'csv', 'template', 'language', 'title', 'sha256', 'size', 'mime_type', 'pages', 'eni_identifier', 'eni_organos',
  'captured_at', 'origin_administration', 'estado_elaboracion', 'origin_document_identifier', 'tipo_documental', 'seal_subject',
  'seal_issuer', 'seal_serial_number', 'seal_fingerprint_sha256', 'signed_at', 'created_at'];

function toRecord(r: Row): DocumentRecord {
  return {
    id: Number(r.id), csv: r.csv, template: r.template, language: r.language, title: r.title, sha256: r.sha256, size: r.size,
    mimeType: r.mime_type, pages: r.pages, eniIdentifier: r.eni_identifier, eniOrganos: r.eni_organos, capturedAt: r.captured_at,
    originAdministration: r.origin_administration, estadoElaboracion: r.estado_elaboracion,
    originDocumentIdentifier: r.origin_document_identifier, tipoDocumental: r.tipo_documental, sealSubject: r.seal_subject,
    sealIssuer: r.seal_issuer, sealSerialNumber: r.seal_serial_number, sealFingerprintSha256: r.seal_fingerprint_sha256,
    signedAt: r.signed_at, createdAt: r.created_at,
  };
}

/** The id the next document will have (the ENI identifier is built from it before the insert). */
export async function nextDocumentId(db: Knex.Transaction): Promise<number> {
  const r = await db.raw(`SELECT nextval(pg_get_serial_sequence('documents', 'id')) AS id`);
  return Number(r.rows[0].id);
}

export async function insertDocument(db: Knex.Transaction, d: NewDocument): Promise<DocumentRecord> {
  const [row] = await db('documents').insert({
    id: d.id, csv: d.csv, template: d.template, language: d.language, title: d.title, sha256: d.sha256, size: d.size,
    mime_type: d.mimeType, pages: d.pages, eni_identifier: d.eniIdentifier, eni_organos: d.eniOrganos, captured_at: d.capturedAt,
    origin_administration: d.originAdministration, estado_elaboracion: d.estadoElaboracion,
    origin_document_identifier: d.originDocumentIdentifier, tipo_documental: d.tipoDocumental, seal_subject: d.sealSubject,
    seal_issuer: d.sealIssuer, seal_serial_number: d.sealSerialNumber, seal_fingerprint_sha256: d.sealFingerprintSha256,
    signed_at: d.signedAt, pdf: d.pdf,
  }).returning(COLUMNS);
  return toRecord(row as Row);
}

/**
 * Metadata, and the SHA-256 of the stored bytes as Postgres computes it now (so that a
 * look-up proves the bytes still match without shipping them).
 */
export async function findDocument(db: Knex.Transaction, id: number): Promise<(DocumentRecord & { pdfSha256: string }) | undefined> {
  const row = await db('documents').where({ id }).first([...COLUMNS, db.raw(`encode(sha256(pdf), 'hex') AS pdf_sha256`)]) as (Row & { pdf_sha256: string }) | undefined;
  return row && { ...toRecord(row), pdfSha256: row.pdf_sha256 };
}

/** The sealed PDF exactly as stored. */
export async function documentPdf(db: Knex.Transaction, id: number): Promise<Buffer | undefined> {
  const row = await db('documents').where({ id }).first('pdf') as { pdf: Buffer } | undefined;
  return row?.pdf;
}

export async function countDocuments(db: Knex.Transaction): Promise<number> {
  const [r] = await db('documents').count({ n: '*' });
  return Number(r!.n);
}
