/**
 * Electronic-seal certificate of an ayuntamiento ("sello electrónico de órgano", AGE profile),
 * issued by the deployment's intermediate CA as a PKCS#12 with a random password.
 */
import crypto from 'node:crypto';
import { x509 } from './x509.ts';
import { AGE_SEAL_SAN, OID, POLICY } from './oids.ts';
import { backdated, daysFrom, issueCertificate, type CertificateAuthority } from './certificate-authority.ts';
import { qcStatementsExtension, subjectAltNameExtension, type NameAttribute } from './extensions.ts';
import { takeRsaKeyPair } from './keys.ts';
import { writePkcs12 } from './pkcs12.ts';
import { isValidCif } from '../codes/cif.ts';

export interface SealRequest {
  /** e.g. "Ayuntamiento de Calamonte" */
  organizationName: string;
  /** CIF of the ayuntamiento, e.g. P0602500A */
  cif: string;
  /** DIR3 code of the órgano, e.g. L01060251 */
  dir3: string;
  /** Default "SELLO ELECTRONICO DE <ORGANIZATIONNAME>" (upper case, at most 64 characters). */
  commonName?: string;
}

export interface IssuedSeal {
  p12: Buffer;
  password: string;
  certificatePem: string;
}

/** A CA able to issue seals: the deployment's `sealCa` or any CertificateAuthority. */
export interface SealIssuer {
  sealCa: CertificateAuthority;
}

export const SEAL_VALIDITY_DAYS = 730;

export function sealSubject(req: SealRequest): NameAttribute[] {
  const cn = (req.commonName ?? `SELLO ELECTRONICO DE ${req.organizationName.toUpperCase()}`).slice(0, 64);
  return [
    [OID.country, 'ES'],
    [OID.organization, req.organizationName],
    [OID.organizationalUnit, req.dir3],
    [OID.organizationIdentifier, `VATES-${req.cif}`],
    [OID.serialNumber, req.cif],
    [OID.commonName, cn],
  ];
}

/**
 * Extensions of a seal: keyUsage digitalSignature + nonRepudiation; EKU emailProtection
 * (pdfsig/NSS reject documentSigning-only or serverAuth seals, RECIPES "PAdES seal"); the
 * AGE seal policy and SAN attributes (UNCONFIRMED numbering) and QC statements (eseal).
 */
export function sealExtensions(req: SealRequest): x509.Extension[] {
  return [
    new x509.BasicConstraintsExtension(false, undefined, true),
    new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation, true),
    new x509.ExtendedKeyUsageExtension([OID.emailProtection]),
    new x509.CertificatePolicyExtension([POLICY.ageSeal]),
    qcStatementsExtension({ type: 'eseal' }),
    subjectAltNameExtension({
      directoryName: [
        [AGE_SEAL_SAN.certificateType, 'SELLO ELECTRONICO DE NIVEL MEDIO'],
        [AGE_SEAL_SAN.organisationName, req.organizationName],
        [AGE_SEAL_SAN.organisationCif, req.cif],
      ],
    }),
  ];
}

/**
 * Median about 30 ms back to back, 15 ms when calls are spaced (the RSA key comes from a
 * one-key reserve refilled in the background); the CA key is loaded once per process.
 */
export async function issueSealCertificate(pki: SealIssuer, req: SealRequest): Promise<IssuedSeal> {
  const cif = req.cif.trim().toUpperCase();
  if (!isValidCif(cif)) throw new RangeError(`Not a valid CIF: ${req.cif}`);
  if (!/^[A-Z0-9]{9}$/.test(req.dir3)) throw new RangeError(`Not a DIR3 code: ${req.dir3}`);
  const request = { ...req, cif };
  const keys = await takeRsaKeyPair();
  const notBefore = backdated();
  const cert = await issueCertificate(pki.sealCa, {
    subject: sealSubject(request),
    publicKey: keys.publicKey,
    notBefore,
    notAfter: daysFrom(notBefore, SEAL_VALIDITY_DAYS),
    extensions: sealExtensions(request),
  });
  const certificatePem = cert.toString('pem');
  const password = crypto.randomBytes(18).toString('base64url');
  const p12 = writePkcs12(keys.privateKeyPem, [certificatePem, pki.sealCa.certificatePem], password, {
    friendlyName: `Sello ${req.organizationName}`,
  });
  return { p12, password, certificatePem };
}
