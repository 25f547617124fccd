import { db } from '../db/current.ts';
import type { Language } from '../i18n/languages.ts';
import type { Tenant } from '../platform/types.ts';
import { withTenant } from '../tenancy/with-tenant.ts';
import { compactCsv, generateCsv } from './csv-code.ts';
import { CSV_INDEX_PKEY, insertCsvIndexEntry } from './csv-index.repository.ts';
import { documentTenant } from './document-tenant.ts';
import { insertDocument, nextDocumentId, type DocumentRecord } from './documents.repository.ts';
import { LanguageNotEnabled } from './documents.errors.ts';
import { eniIdentifier, eniLocalId, validateEniMetadata, type EstadoElaboracion, type TipoDocumental } from './eni.ts';
import { issueDocument, type IssuedDocument } from './issue-document.ts';
import type { DocumentRenderer } from './renderer.ts';
import { loadTenantSeal, type TenantSeal } from './tenant-seal.ts';
import { DOCUMENT_TEMPLATES } from './templates.ts';
import type { DocumentTemplate, TemplateDataMap } from './types.ts';
import { verificationUrl } from './verification-url.ts';

/**
 * Issuing a document for an ayuntamiento, the whole of D5: its active seal (refused when
 * missing or expired) → render + PAdES seal (issue-document.ts) → in ONE platform transaction,
 * the row in the tenant's `documents` (PDF bytes, SHA-256, ENI metadata, seal) through
 * withTenant(…, { within }) and the entry in the global CSV index. Either both exist or
 * neither does.
 *
 * The CSV is printed on the document, so it is chosen before rendering; if it collides with
 * one already issued (unique index; with ~99 bits this is not expected to ever happen) the
 * document is rendered and sealed again with a new code.
 *
 * Not to be called inside withTenant: rendering takes a browser's time, not a transaction's.
 */
export interface IssueTenantDocumentInput<T extends DocumentTemplate = DocumentTemplate> {
  template: T;
  lng: Language;
  data: TemplateDataMap[T];
  /** Default: the template's (justificante TD09, diligencia TD12, volante TD11). */
  tipoDocumental?: TipoDocumental;
  /** Default EE01 (original). */
  estadoElaboracion?: EstadoElaboracion;
  /** ENI identifier of the original, for authentic copies (EE02–EE04). */
  identificadorDocumentoOrigen?: string;
  /** Default true: documents issued by the administración. */
  origenAdministracion?: boolean;
  /** DIR3 codes of the órganos; default the ayuntamiento's. */
  organos?: string[];
  /** Signing time and fecha de captura (default now). */
  now?: Date;
}

export interface IssueTenantDocumentOptions {
  renderer?: DocumentRenderer;
  /** Test hook: the CSV generator (default csv-code.ts, a CSPRNG). */
  generateCsv?: () => string;
  /** Renders with a new CSV at most this many times on collisions (default 3). */
  maxAttempts?: number;
}

export interface IssuedTenantDocument extends DocumentRecord {
  /** The CSV as printed (XXXX-XXXX-XXXX-XXXX-XXXX). */
  printedCsv: string;
  verifyUrl: string;
  pdf: Buffer;
}

export async function issueTenantDocument<T extends DocumentTemplate>(
  tenant: Tenant, input: IssueTenantDocumentInput<T>, options: IssueTenantDocumentOptions = {},
): Promise<IssuedTenantDocument> {
  if (!tenant.languages.includes(input.lng)) throw new LanguageNotEnabled(input.lng);
  const now = input.now ?? new Date();
  const seal = await loadTenantSeal(tenant, now);
  const docTenant = await documentTenant(tenant, input.lng);
  const maxAttempts = options.maxAttempts ?? 3;
  for (let attempt = 1; ; attempt++) {
    const printedCsv = (options.generateCsv ?? generateCsv)();
    const verifyUrl = verificationUrl(tenant, printedCsv);
    const issued = await issueDocument({
      template: input.template, lng: input.lng, data: input.data, tenant: docTenant, csv: printedCsv, verifyUrl,
      seal: seal.key, now, renderer: options.renderer,
    });
    try {
      const record = await storeIssuedDocument(tenant, input, issued, printedCsv, seal.certificate);
      return { ...record, printedCsv, verifyUrl, pdf: issued.pdf };
    } catch (err) {
      if (attempt < maxAttempts && isCsvCollision(err)) continue;
      throw err;
    }
  }
}

/**
 * The storage half: in ONE platform transaction, the tenant's row (through withTenant within it)
 * and the global CSV index entry. A CSV collision rolls both back (unique violation).
 */
export async function storeIssuedDocument(
  tenant: Tenant, input: Omit<IssueTenantDocumentInput, 'data'>, issued: IssuedDocument, printedCsv: string, seal: TenantSeal['certificate'],
): Promise<DocumentRecord> {
  const tipoDocumental = input.tipoDocumental ?? DOCUMENT_TEMPLATES[input.template].tipoDocumental;
  return db().transaction(async (trx) => {
    const stored = await withTenant(tenant, async (tdb) => {
      const id = await nextDocumentId(tdb);
      const eni = {
        identificador: eniIdentifier(tenant.dir3, issued.signingTime, eniLocalId(id)),
        organos: input.organos ?? [tenant.dir3],
        fechaCaptura: issued.signingTime,
        origenAdministracion: input.origenAdministracion ?? true,
        estadoElaboracion: input.estadoElaboracion ?? 'EE01',
        identificadorDocumentoOrigen: input.identificadorDocumentoOrigen,
        tipoDocumental,
      } as const;
      validateEniMetadata(eni);
      return insertDocument(tdb, {
        id, csv: compactCsv(printedCsv), template: input.template, language: input.lng, title: issued.title,
        sha256: issued.sha256, size: issued.size, mimeType: 'application/pdf', pages: issued.pages,
        eniIdentifier: eni.identificador, eniOrganos: eni.organos, capturedAt: eni.fechaCaptura,
        originAdministration: eni.origenAdministracion, estadoElaboracion: eni.estadoElaboracion,
        originDocumentIdentifier: eni.identificadorDocumentoOrigen ?? null, tipoDocumental,
        sealSubject: seal.subject, sealIssuer: seal.issuer, sealSerialNumber: seal.serialNumber,
        sealFingerprintSha256: seal.fingerprintSha256, signedAt: issued.signingTime, pdf: issued.pdf,
      });
    }, { within: trx });
    await insertCsvIndexEntry(trx, { csv: stored.csv, tenantSlug: tenant.slug, documentId: stored.id });
    return stored;
  });
}

/** A unique violation on the CSV, in the global index or in the tenant's table. */
export function isCsvCollision(err: unknown): boolean {
  const e = err as { code?: string; constraint?: string } | null;
  return e?.code === '23505' && (e.constraint === CSV_INDEX_PKEY || e.constraint === 'documents_csv_unique');
}
