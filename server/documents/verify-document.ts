import type { TFunction } from 'i18next';
import type { Language } from '../i18n/languages.ts';
import { sedeUrl } from '../platform/tenant-views.ts';
import type { Site } from '../platform/types.ts';
import { compactCsv, normalizeCsv } from './csv-code.ts';
import { CsvNotFound } from './documents.errors.ts';
import type { DocumentRecord } from './documents.repository.ts';
import { eniMetadataXml } from './eni.ts';
import { findDocumentByCsv } from './find-by-csv.ts';
import { checkStoredSeal } from './stored-seal-check.ts';
import type { SealVerification } from './verify-seal.ts';

/**
 * Public CSV verification (LEGAL.md §3: free, at the sede, for anyone holding the code), on
 * every sede and on the Diputación portal. A document is always shown as its owner's, on
 * whichever site it is checked: owner name, DIR3 and sede address come with it.
 *
 * The seal is checked on the stored bytes with the project's own verifier (verify-seal.ts:
 * ByteRange, CMS signature, signing-certificate-v2, chain), so what is shown is what the PDF
 * proves, not what the row says; the verdict is remembered per SHA-256 of the bytes
 * (stored-seal-check.ts), which Postgres recomputes at every look-up.
 */
export interface Viewer {
  site: Site;
  lng: Language;
  t: TFunction;
  /** The port the visitor used (links to the owner's sede). */
  port?: number;
}

/** Where the answer is about (problem `instance`), never with the code in it. */
export const VERIFY_INSTANCE = '/api/verify/{csv}';

export async function verifyDocument(input: string, viewer: Viewer) {
  const found = await findDocumentByCsv(input);
  if (!found) throw new CsvNotFound(VERIFY_INSTANCE);
  const { owner, document: d } = found;
  const seal = await checkStoredSeal(found.pdfSha256, found.pdf);
  const csv = normalizeCsv(d.csv)!;
  const t = viewer.t;
  return {
    csv,
    document: {
      title: d.title,
      template: d.template,
      language: d.language,
      tipoDocumental: { code: d.tipoDocumental, name: t(`documents:eni.tipos.${d.tipoDocumental}`) },
      issuedAt: d.signedAt.toISOString(),
      pages: d.pages,
      size: d.size,
      mimeType: d.mimeType,
      sha256: d.sha256,
      /** The stored bytes still hash to the stored SHA-256. */
      hashMatches: found.pdfSha256 === d.sha256,
    },
    eni: {
      identifier: d.eniIdentifier,
      organos: d.eniOrganos,
      capturedAt: d.capturedAt.toISOString(),
      origin: d.originAdministration ? 'administracion' as const : 'ciudadano' as const,
      originName: t(`documents:eni.origin.${d.originAdministration ? 'administracion' : 'ciudadano'}`),
      estadoElaboracion: { code: d.estadoElaboracion, name: t(`documents:eni.estados.${d.estadoElaboracion}`) },
      originDocumentIdentifier: d.originDocumentIdentifier,
    },
    owner: {
      slug: owner.slug,
      name: owner.names[viewer.lng] ?? owner.name,
      dir3: owner.dir3,
      url: sedeUrl(owner, viewer.port),
      isThisSede: viewer.site.kind === 'sede' && viewer.site.tenant.slug === owner.slug,
    },
    seal: sealView(seal),
    links: {
      pdf: `/api/verify/${compactCsv(csv)}/pdf`,
      eni: `/api/verify/${compactCsv(csv)}/eni.xml`,
    },
  };
}

export type VerificationView = Awaited<ReturnType<typeof verifyDocument>>;

function sealView(v: SealVerification) {
  const signer = v.signer;
  return {
    /** Every check passed, the chain included. */
    valid: v.valid,
    /** Not altered since sealed, and sealed by the certificate it names (all checks but the chain). */
    intact: v.signatureCount > 0 && v.problems.every((p) => p === 'chainUntrusted'),
    /** null when there are no trust anchors to check the chain against. */
    chainTrusted: v.checks.chainTrusted,
    signedAt: v.signingTime?.toISOString() ?? null,
    problems: v.problems,
    signer: signer ? {
      name: rdn(signer.subject, 'CN') ?? signer.subject,
      organization: rdn(signer.subject, 'O'),
      subject: signer.subject,
      issuer: rdn(signer.issuer, 'CN') ?? signer.issuer,
      serialNumber: signer.serialNumber,
      validFrom: signer.notBefore.toISOString(),
      validTo: signer.notAfter.toISOString(),
      fingerprintSha256: signer.fingerprintSha256,
    } : null,
  };
}

/** One attribute of an "A=x, B=y" distinguished name (values with commas are not expected in ours). */
function rdn(dn: string, attr: string): string | undefined {
  return new RegExp(`(?:^|, )${attr}=([^,]+)`).exec(dn)?.[1]?.trim();
}

/** The sealed PDF exactly as stored, for download. */
export async function verifiedPdf(input: string): Promise<{ pdf: Buffer; filename: string; sha256: string }> {
  const found = await findDocumentByCsv(input);
  if (!found) throw new CsvNotFound(VERIFY_INSTANCE);
  return { pdf: await found.pdf(), filename: `${found.document.csv}.pdf`, sha256: found.document.sha256 };
}

/** The ENI metadata record (metadatosDocumentoEni.xsd) of a stored document. */
export async function verifiedEniXml(input: string): Promise<{ xml: string; filename: string }> {
  const found = await findDocumentByCsv(input);
  if (!found) throw new CsvNotFound(VERIFY_INSTANCE);
  return { xml: eniXmlOf(found.document), filename: `${found.document.eniIdentifier}.xml` };
}

export function eniXmlOf(d: DocumentRecord): string {
  return eniMetadataXml({
    identificador: d.eniIdentifier,
    organos: d.eniOrganos,
    fechaCaptura: d.capturedAt,
    origenAdministracion: d.originAdministration,
    estadoElaboracion: d.estadoElaboracion,
    identificadorDocumentoOrigen: d.originDocumentIdentifier ?? undefined,
    tipoDocumental: d.tipoDocumental,
  });
}
