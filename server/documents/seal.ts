import { createHash } from 'node:crypto';
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { SignPdf } from '@signpdf/signpdf';
import { SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import { CadesDetachedSigner, loadSealKey, type CmsOptions, type SealKey, type SealMaterial } from './cms-signer.ts';
import { SealCertificateExpired } from './documents.errors.ts';

/**
 * PAdES B-B seal of a PDF (LEGAL.md §10): an incremental update with a signature field whose
 * /Contents holds our CMS (cms-signer.ts), SubFilter ETSI.CAdES.detached, time in /M. The
 * original bytes are kept, so Chromium's tagging survives ("Tagged: yes" after sealing).
 *
 * B-T (a timestamp from a TSA) is the level LEGAL.md wants for receipts; it needs a TSA and
 * 16384 bytes of placeholder, and is not done yet.
 */
export const SIGNATURE_LENGTH = 8192;

export interface SealOptions {
  /** Defaults to now; written to /M and checked against the certificate's validity. */
  signingTime?: Date;
  /** ASCII only (placeholder-plain garbles anything else); non-ASCII is transliterated. */
  reason?: string;
  location?: string;
  contactInfo?: string;
  /** Overrides the signer name shown by viewers (default: the certificate's CN). */
  name?: string;
  /** Test hook, see CmsOptions. */
  cms?: CmsOptions;
}

export interface SealedPdf {
  pdf: Buffer;
  signingTime: Date;
}

/** Refuses certificates outside their validity period: a document is never issued unsealed. */
export function assertSealUsable(key: Pick<SealKey, 'notBefore' | 'notAfter'>, at: Date): void {
  if (at.getTime() < key.notBefore.getTime() || at.getTime() > key.notAfter.getTime()) {
    throw new SealCertificateExpired(key.notBefore, key.notAfter, at);
  }
}

export async function sealPdf(pdf: Buffer, seal: SealMaterial | SealKey, options: SealOptions = {}): Promise<SealedPdf> {
  const key = 'privateKey' in seal && typeof seal.privateKey === 'object' ? seal as SealKey : await loadSealKey(seal as SealMaterial);
  // PDF dates have whole seconds; keep the same instant everywhere.
  const signingTime = new Date(Math.floor((options.signingTime ?? new Date()).getTime() / 1000) * 1000);
  assertSealUsable(key, signingTime);
  const withPlaceholder = plainAddPlaceholder({
    pdfBuffer: pdf,
    reason: ascii(options.reason ?? 'Sello electronico de actuacion administrativa automatizada'),
    contactInfo: ascii(options.contactInfo ?? ''),
    name: ascii(options.name ?? commonName(key.subject)),
    location: ascii(options.location ?? 'ES'),
    signingTime,
    signatureLength: SIGNATURE_LENGTH,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    appName: 'Sede',
  });
  const sealed = await new SignPdf().sign(withPlaceholder, new CadesDetachedSigner(key, options.cms), signingTime);
  return { pdf: sealed, signingTime };
}

/** Transliterates to printable ASCII ("Ayuntamiento de Alcalá" → "Ayuntamiento de Alcala"). */
export function ascii(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[·]/g, '.').replace(/[^\x20-\x7e]/g, '?');
}

function commonName(subject: string): string {
  return /(?:^|, )CN=([^,]+)/.exec(subject)?.[1] ?? subject;
}

export function sha256Hex(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
