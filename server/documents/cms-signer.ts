import { createHash, createPrivateKey, X509Certificate, type webcrypto } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { Signer } from '@signpdf/utils';
import { SealCredentialsInvalid } from './documents.errors.ts';

/**
 * CMS for PAdES B-B (ETSI EN 319 142-1, SubFilter ETSI.CAdES.detached): a detached SignedData
 * whose only signed attributes are content-type, message-digest and signing-certificate-v2
 * (ESSCertIDv2 = SHA-256 of the signer certificate + issuerSerial). No signing-time attribute:
 * PAdES puts the time in the signature dictionary's /M. Signature: sha256WithRSAEncryption.
 * (@signpdf/signer-p12 and node-forge cannot produce this: RECIPES.md "PAdES seal".)
 */
export const OIDS = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
  sha256WithRsa: '1.2.840.113549.1.1.11',
} as const;

/** What the seal needs: the PEM side of server/pki's `SealCredentials` (readPkcs12). */
export interface SealMaterial {
  certificatePem: string;
  /** Issuer first, up to (optionally) the root. */
  chainPem: string[];
  /** PKCS#8 or PKCS#1 PEM, unencrypted, in memory only. */
  privateKeyPem: string;
}

/** A seal ready to sign: parsed certificates and a non-extractable WebCrypto key. */
export interface SealKey {
  certificate: pkijs.Certificate;
  chain: pkijs.Certificate[];
  privateKey: webcrypto.CryptoKey;
  certificateDer: Uint8Array;
  certificateSha256: Uint8Array;
  subject: string;
  notBefore: Date;
  notAfter: Date;
}

const keys = new WeakMap<SealMaterial, Promise<SealKey>>();

/**
 * Parses the certificates and imports the key once per credentials object (≈ 50 ms with
 * PKCS#12 decryption, done by the caller; here only the import). Later calls with the same
 * object reuse the key.
 */
export function loadSealKey(material: SealMaterial): Promise<SealKey> {
  let key = keys.get(material);
  if (!key) {
    key = prepare(material);
    keys.set(material, key);
    key.catch(() => keys.delete(material));
  }
  return key;
}

async function prepare(material: SealMaterial): Promise<SealKey> {
  let nodeCert: X509Certificate;
  let keyObject: ReturnType<typeof createPrivateKey>;
  try {
    nodeCert = new X509Certificate(material.certificatePem);
    keyObject = createPrivateKey(material.privateKeyPem);
  } catch (err) {
    throw new SealCredentialsInvalid('certificate or key cannot be read', { cause: err });
  }
  if (keyObject.asymmetricKeyType !== 'rsa') throw new SealCredentialsInvalid(`an RSA key is required, got ${keyObject.asymmetricKeyType}`);
  if (!nodeCert.checkPrivateKey(keyObject)) throw new SealCredentialsInvalid('the key does not match the certificate');
  const certificateDer = new Uint8Array(nodeCert.raw);
  const privateKey = keyObject.toCryptoKey({ name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['sign']);
  return {
    certificate: pkijs.Certificate.fromBER(certificateDer),
    chain: material.chainPem.map((pem) => pkijs.Certificate.fromBER(new Uint8Array(new X509Certificate(pem).raw))),
    privateKey,
    certificateDer,
    certificateSha256: sha256(certificateDer),
    subject: nodeCert.subject.replace(/\n/g, ', '),
    notBefore: new Date(nodeCert.validFrom),
    notAfter: new Date(nodeCert.validTo),
  };
}

export function sha256(data: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('sha256').update(data).digest());
}

/**
 * SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 }
 * ESSCertIDv2 ::= SEQUENCE { hashAlgorithm DEFAULT sha256 (so omitted), certHash OCTET STRING,
 *                            issuerSerial SEQUENCE { issuer GeneralNames, serialNumber INTEGER } }
 */
export function signingCertificateV2(certificate: pkijs.Certificate, certHash: Uint8Array): asn1js.Sequence {
  const issuer = new pkijs.GeneralNames({ names: [new pkijs.GeneralName({ type: 4, value: certificate.issuer })] });
  const essCertIdV2 = new asn1js.Sequence({
    value: [
      new asn1js.OctetString({ valueHex: certHash }),
      new asn1js.Sequence({
        value: [issuer.toSchema(), new asn1js.Integer({ valueHex: certificate.serialNumber.valueBlock.valueHexView })],
      }),
    ],
  });
  return new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertIdV2] })] });
}

export interface CmsOptions {
  /**
   * The certificate that signing-certificate-v2 names. Always the signer's own in production;
   * tests pass another one to prove the verifier catches a substituted certificate.
   */
  essCertificate?: { certificate: pkijs.Certificate; der: Uint8Array };
}

/** A detached CMS SignedData (DER) over `content`, for PAdES B-B. */
export async function createCadesDetached(content: Uint8Array, key: SealKey, options: CmsOptions = {}): Promise<Buffer> {
  const ess = options.essCertificate ?? { certificate: key.certificate, der: key.certificateDer };
  const signedAttrs = new pkijs.SignedAndUnsignedAttributes({
    type: 0,
    attributes: [
      new pkijs.Attribute({ type: OIDS.contentType, values: [new asn1js.ObjectIdentifier({ value: OIDS.data })] }),
      new pkijs.Attribute({ type: OIDS.messageDigest, values: [new asn1js.OctetString({ valueHex: sha256(content) })] }),
      new pkijs.Attribute({ type: OIDS.signingCertificateV2, values: [signingCertificateV2(ess.certificate, sha256(ess.der))] }),
    ],
  });
  const signedData = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OIDS.data }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: key.certificate.issuer, serialNumber: key.certificate.serialNumber }),
        signedAttrs,
      }),
    ],
    certificates: [key.certificate, ...key.chain],
  });
  await signedData.sign(key.privateKey, 0, 'SHA-256');
  const contentInfo = new pkijs.ContentInfo({ contentType: OIDS.signedData, content: signedData.toSchema(true) });
  return Buffer.from(contentInfo.toSchema().toBER(false));
}

/** The @signpdf Signer that puts our CMS into the PDF's /Contents placeholder. */
export class CadesDetachedSigner extends Signer {
  readonly #key: SealKey;
  readonly #options: CmsOptions;

  constructor(key: SealKey, options: CmsOptions = {}) {
    super();
    this.#key = key;
    this.#options = options;
  }

  override async sign(pdfBuffer: Buffer): Promise<Buffer> {
    return createCadesDetached(pdfBuffer, this.#key, this.#options);
  }
}
