/**
 * A certificate authority held in memory: its certificate and a non-extractable signing key.
 * Issues certificates and CRLs for the demo PKIs and the deployment's seal CA.
 */
import { x509, RSA_SHA256 } from './x509.ts';
import type { CryptoKey } from './x509.ts';
import { buildName, crlNumberExtension, type NameAttribute } from './extensions.ts';
import { generateRsaKeyPair, importSigningKey, type RsaKeyPair } from './keys.ts';

export interface CertificateAuthority {
  certificate: x509.X509Certificate;
  certificatePem: string;
  signingKey: CryptoKey;
}

export interface CaOptions {
  subject: readonly NameAttribute[];
  notBefore: Date;
  notAfter: Date;
  keyBits?: 2048 | 3072;
  /** Max. number of CAs below this one; omit for no limit. */
  pathLength?: number;
}

const DAY = 86_400_000;
export const daysFrom = (date: Date, days: number): Date => new Date(date.getTime() + days * DAY);

/** Certificates start a little in the past so that clocks a few minutes apart agree. */
export const backdated = (now = new Date()): Date => new Date(now.getTime() - 10 * 60_000);

function caExtensions(pathLength: number | undefined): x509.Extension[] {
  return [
    new x509.BasicConstraintsExtension(true, pathLength, true),
    new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
  ];
}

export async function createRootCa(opts: CaOptions): Promise<{ ca: CertificateAuthority; keyPem: string }> {
  const keys = await generateRsaKeyPair(opts.keyBits ?? 3072);
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    name: buildName(opts.subject),
    keys: { publicKey: keys.publicKey, privateKey: keys.privateKey },
    notBefore: opts.notBefore,
    notAfter: opts.notAfter,
    signingAlgorithm: RSA_SHA256,
    extensions: [...caExtensions(opts.pathLength), await x509.SubjectKeyIdentifierExtension.create(keys.publicKey)],
  });
  return { ca: { certificate, certificatePem: certificate.toString('pem'), signingKey: keys.privateKey }, keyPem: keys.privateKeyPem };
}

export async function createSubordinateCa(
  parent: CertificateAuthority,
  opts: CaOptions,
): Promise<{ ca: CertificateAuthority; keyPem: string }> {
  const keys = await generateRsaKeyPair(opts.keyBits ?? 3072);
  const certificate = await issueCertificate(parent, {
    subject: opts.subject,
    publicKey: keys.publicKey,
    notBefore: opts.notBefore,
    notAfter: opts.notAfter,
    extensions: caExtensions(opts.pathLength),
  });
  return { ca: { certificate, certificatePem: certificate.toString('pem'), signingKey: keys.privateKey }, keyPem: keys.privateKeyPem };
}

export function loadCertificateAuthority(certificatePem: string, keyPem: string): CertificateAuthority {
  const certificate = new x509.X509Certificate(certificatePem);
  return { certificate, certificatePem: certificate.toString('pem'), signingKey: importSigningKey(keyPem) };
}

export interface IssueOptions {
  subject: readonly NameAttribute[];
  publicKey: CryptoKey;
  notBefore: Date;
  notAfter: Date;
  /** Extensions besides SKI/AKI, which are always added. */
  extensions: x509.Extension[];
  /** Hex; random (positive, 16 bytes) when omitted. */
  serialNumber?: string;
}

export async function issueCertificate(ca: CertificateAuthority, opts: IssueOptions): Promise<x509.X509Certificate> {
  const [ski, aki] = await Promise.all([
    x509.SubjectKeyIdentifierExtension.create(opts.publicKey),
    x509.AuthorityKeyIdentifierExtension.create(ca.certificate.publicKey),
  ]);
  return x509.X509CertificateGenerator.create({
    serialNumber: opts.serialNumber ?? randomSerial(),
    subject: buildName(opts.subject),
    issuer: ca.certificate.subjectName,
    publicKey: opts.publicKey,
    signingKey: ca.signingKey,
    notBefore: opts.notBefore,
    notAfter: opts.notAfter,
    signingAlgorithm: RSA_SHA256,
    extensions: [...opts.extensions, ski, aki],
  });
}

/** 16 random bytes with the top bit clear, so the DER INTEGER stays positive and 16 bytes long. */
export function randomSerial(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[0] = (bytes[0]! & 0x7f) | 0x10;
  return Buffer.from(bytes).toString('hex');
}

export interface RevokedEntry {
  serialNumber: string;
  revocationDate: Date;
}

export interface CrlOptions {
  revoked?: readonly RevokedEntry[];
  crlNumber?: number;
  thisUpdate?: Date;
  nextUpdate?: Date;
}

/** CRL validity: long enough for a demo left alone for weeks; refreshed on load when close. */
export const CRL_DAYS = 90;

/** A CRL as PEM labelled `X509 CRL` (Node's `crl` TLS option rejects `BEGIN CRL`). */
export async function createCrl(ca: CertificateAuthority, opts: CrlOptions = {}): Promise<string> {
  const thisUpdate = opts.thisUpdate ?? backdated();
  const crl = await x509.X509CrlGenerator.create({
    issuer: ca.certificate.subjectName,
    thisUpdate,
    nextUpdate: opts.nextUpdate ?? daysFrom(thisUpdate, CRL_DAYS),
    signingAlgorithm: RSA_SHA256,
    signingKey: ca.signingKey,
    entries: (opts.revoked ?? []).map((r) => ({
      serialNumber: r.serialNumber,
      revocationDate: r.revocationDate,
      reason: x509.X509CrlReason.keyCompromise,
    })),
    extensions: [
      crlNumberExtension(opts.crlNumber ?? Math.floor(Date.now() / 1000)),
      await x509.AuthorityKeyIdentifierExtension.create(ca.certificate.publicKey),
    ],
  });
  return x509.PemConverter.encode(crl.rawData, 'X509 CRL');
}

/** Whether a PEM CRL is still good for at least `marginDays`. */
export function crlIsCurrent(crlPem: string, marginDays = 7, now = new Date()): boolean {
  try {
    const crl = new x509.X509Crl(crlPem);
    return !!crl.nextUpdate && crl.nextUpdate.getTime() > daysFrom(now, marginDays).getTime() && crl.thisUpdate <= now;
  } catch {
    return false;
  }
}

/** Re-signs a CA's CRL keeping the revoked entries of the previous one. */
export async function refreshCrl(ca: CertificateAuthority, previousPem: string | undefined): Promise<string> {
  let revoked: RevokedEntry[] = [];
  if (previousPem) {
    try {
      revoked = new x509.X509Crl(previousPem).entries.map((e) => ({ serialNumber: e.serialNumber, revocationDate: e.revocationDate }));
    } catch {
      revoked = [];
    }
  }
  return createCrl(ca, { revoked });
}

export type { RsaKeyPair };
