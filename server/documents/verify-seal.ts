import { createHash, X509Certificate } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { OIDS } from './cms-signer.ts';

/**
 * The project's own check of a sealed PDF: what `pdfsig` does (ByteRange digest, CMS
 * signature, chain) plus what it does not — signing-certificate-v2 compared by hand with the
 * certificate that actually verifies the signature (RECIPES.md "PAdES seal").
 *
 * It checks the last signature in the file and requires its ByteRange to cover every byte but
 * the /Contents string: nothing may have been appended after sealing.
 */
export type SealProblem =
  | 'noSignature'
  | 'malformedSignature'
  | 'byteRangeIncomplete'
  | 'notCadesDetached'
  | 'digestMismatch'
  | 'signatureInvalid'
  | 'chainUntrusted'
  | 'signingCertificateV2Missing'
  | 'signingCertificateV2Mismatch'
  | 'certificateNotValidAtSigningTime';

export interface SealVerification {
  /** Every check below passed (an unchecked chain — no trusted certificates given — counts as failed). */
  valid: boolean;
  problems: SealProblem[];
  /** Human-readable details of the problems, for logs. */
  details: string[];
  signatureCount: number;
  subFilter?: string;
  /** From /M (covered by the signature, but asserted by the signer: B-B has no timestamp). */
  signingTime?: Date;
  signer?: {
    subject: string;
    issuer: string;
    serialNumber: string;
    notBefore: Date;
    notAfter: Date;
    fingerprintSha256: string;
  };
  checks: {
    byteRangeCoversFile: boolean;
    digestValid: boolean;
    signatureValid: boolean;
    /** null when no trusted certificates were given. */
    chainTrusted: boolean | null;
    signingCertificateV2Valid: boolean;
    certificateValidAtSigningTime: boolean;
  };
}

export interface VerifySealOptions {
  /** Trust anchors (PEM), e.g. the deployment's root CA. Without them the chain is not checked. */
  trustedCertificatesPem?: string[];
  /** Date at which the chain is validated; default the signing time in /M. */
  checkDate?: Date;
}

interface ParsedSignature {
  byteRange: [number, number, number, number];
  cms: Uint8Array;
  dictionary: string;
  count: number;
}

export async function verifySealedPdf(pdf: Buffer, options: VerifySealOptions = {}): Promise<SealVerification> {
  const result: SealVerification = {
    valid: false,
    problems: [],
    details: [],
    signatureCount: 0,
    checks: {
      byteRangeCoversFile: false, digestValid: false, signatureValid: false, chainTrusted: null,
      signingCertificateV2Valid: false, certificateValidAtSigningTime: false,
    },
  };
  const fail = (problem: SealProblem, detail: string): SealVerification => {
    if (!result.problems.includes(problem)) result.problems.push(problem);
    result.details.push(detail);
    return result;
  };

  const parsed = findLastSignature(pdf);
  if (typeof parsed === 'string') return fail(parsed === 'none' ? 'noSignature' : 'malformedSignature', parsed);
  result.signatureCount = parsed.count;
  const [a, b, c, d] = parsed.byteRange;

  result.subFilter = /\/SubFilter\s*\/([A-Za-z0-9.#_-]+)/.exec(parsed.dictionary)?.[1];
  if (result.subFilter !== 'ETSI.CAdES.detached') fail('notCadesDetached', `SubFilter is ${result.subFilter ?? 'missing'}`);
  const m = /\/M\s*\((D:[^)]*)\)/.exec(parsed.dictionary);
  if (m) result.signingTime = parsePdfDate(m[1]!);

  result.checks.byteRangeCoversFile = a === 0 && c + d === pdf.length;
  if (!result.checks.byteRangeCoversFile) fail('byteRangeIncomplete', `ByteRange [${a} ${b} ${c} ${d}] does not cover the ${pdf.length}-byte file`);
  const signedContent = Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, c + d)]);

  let signedData: pkijs.SignedData;
  try {
    const contentInfo = pkijs.ContentInfo.fromBER(parsed.cms);
    if (contentInfo.contentType !== OIDS.signedData) return fail('malformedSignature', `CMS content type ${contentInfo.contentType}`);
    signedData = new pkijs.SignedData({ schema: contentInfo.content });
  } catch (err) {
    return fail('malformedSignature', `CMS cannot be parsed: ${(err as Error).message}`);
  }
  if (signedData.encapContentInfo.eContent) fail('notCadesDetached', 'the CMS is not detached');

  const trusted = (options.trustedCertificatesPem ?? []).map(pemToCertificate);
  const checkChain = trusted.length > 0;
  const checkDate = options.checkDate ?? result.signingTime ?? new Date();
  let signerCert: pkijs.Certificate | undefined;
  try {
    const verdict = await signedData.verify({
      signer: 0, data: toArrayBuffer(signedContent), checkChain, trustedCerts: trusted, checkDate, extendedMode: true,
    });
    signerCert = verdict.signerCertificate ?? undefined;
    result.checks.digestValid = true;
    result.checks.signatureValid = verdict.signatureVerified === true;
    if (!result.checks.signatureValid) fail('signatureInvalid', 'the RSA signature over the signed attributes does not verify');
    if (checkChain) result.checks.chainTrusted = true;
  } catch (err) {
    const e = err as pkijs.SignedDataVerifyError;
    signerCert = e.signerCertificate ?? undefined;
    if (e.code === 5) {
      // The chain failed before the digest was looked at: check digest and signature alone.
      result.checks.chainTrusted = false;
      fail('chainUntrusted', e.message);
      try {
        const alone = await signedData.verify({ signer: 0, data: toArrayBuffer(signedContent), checkChain: false, extendedMode: true });
        result.checks.digestValid = true;
        result.checks.signatureValid = alone.signatureVerified === true;
        if (!result.checks.signatureValid) fail('signatureInvalid', 'the RSA signature does not verify');
      } catch (inner) {
        fail(/digest/i.test((inner as Error).message) ? 'digestMismatch' : 'signatureInvalid', (inner as Error).message);
      }
    } else if (/digest/i.test(e.message ?? '')) {
      fail('digestMismatch', 'the document changed after it was sealed (message digest mismatch)');
    } else {
      fail('malformedSignature', e.message ?? String(err));
    }
  }

  if (signerCert) {
    const der = new Uint8Array(signerCert.toSchema(true).toBER(false));
    const node = new X509Certificate(der);
    result.signer = {
      subject: node.subject.replace(/\n/g, ', '),
      issuer: node.issuer.replace(/\n/g, ', '),
      serialNumber: node.serialNumber.toLowerCase(),
      notBefore: new Date(node.validFrom),
      notAfter: new Date(node.validTo),
      fingerprintSha256: createHash('sha256').update(der).digest('hex'),
    };
    const ess = checkSigningCertificateV2(signedData, signerCert, der);
    result.checks.signingCertificateV2Valid = ess === true;
    if (ess !== true) fail(ess.problem, ess.detail);
    if (result.signingTime) {
      const t = result.signingTime.getTime();
      result.checks.certificateValidAtSigningTime = t >= result.signer.notBefore.getTime() && t <= result.signer.notAfter.getTime();
    }
    if (!result.checks.certificateValidAtSigningTime) fail('certificateNotValidAtSigningTime', 'the signing time is outside the certificate validity');
  }

  if (!checkChain) result.details.push('chain not checked: no trusted certificates given');
  result.valid = result.problems.length === 0 && result.checks.chainTrusted === true;
  return result;
}

/** signing-certificate-v2 (RFC 5035) must name, by SHA-256 and issuerSerial, the certificate that verified. */
function checkSigningCertificateV2(
  signedData: pkijs.SignedData, signerCert: pkijs.Certificate, signerDer: Uint8Array,
): true | { problem: SealProblem; detail: string } {
  const attr = signedData.signerInfos[0]?.signedAttrs?.attributes.find((a) => a.type === OIDS.signingCertificateV2);
  if (!attr) return { problem: 'signingCertificateV2Missing', detail: 'no signing-certificate-v2 signed attribute' };
  try {
    const certs = (attr.values[0] as asn1js.Sequence).valueBlock.value[0] as asn1js.Sequence;
    const essCertId = certs.valueBlock.value[0] as asn1js.Sequence;
    const fields = essCertId.valueBlock.value;
    let i = 0;
    let hashOid: string = OIDS.sha256;
    if (fields[0] instanceof asn1js.Sequence) {
      hashOid = new pkijs.AlgorithmIdentifier({ schema: fields[0] }).algorithmId;
      i = 1;
    }
    const certHash = (fields[i] as asn1js.OctetString).valueBlock.valueHexView;
    const hashName = ({ [OIDS.sha256]: 'sha256', '2.16.840.1.101.3.4.2.2': 'sha384', '2.16.840.1.101.3.4.2.3': 'sha512' } as Record<string, string>)[hashOid];
    if (!hashName) return { problem: 'signingCertificateV2Mismatch', detail: `unsupported ESS hash ${hashOid}` };
    const expected = createHash(hashName).update(signerDer).digest();
    if (!expected.equals(Buffer.from(certHash))) {
      return { problem: 'signingCertificateV2Mismatch', detail: 'signing-certificate-v2 certHash is not the hash of the signer certificate' };
    }
    const issuerSerial = fields[i + 1] as asn1js.Sequence | undefined;
    if (issuerSerial) {
      const names = new pkijs.GeneralNames({ schema: issuerSerial.valueBlock.value[0] });
      const serial = issuerSerial.valueBlock.value[1] as asn1js.Integer;
      const dirName = names.names.find((n) => n.type === 4)?.value as pkijs.RelativeDistinguishedNames | undefined;
      if (!dirName || !dirName.isEqual(signerCert.issuer) || !serial.isEqual(signerCert.serialNumber)) {
        return { problem: 'signingCertificateV2Mismatch', detail: 'signing-certificate-v2 issuerSerial does not match the signer certificate' };
      }
    }
    return true;
  } catch (err) {
    return { problem: 'signingCertificateV2Mismatch', detail: `signing-certificate-v2 cannot be read: ${(err as Error).message}` };
  }
}

function findLastSignature(pdf: Buffer): ParsedSignature | 'none' | string {
  const text = pdf.toString('latin1');
  const all = [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)];
  const last = all.at(-1);
  if (!last) return 'none';
  const byteRange = last.slice(1, 5).map(Number) as [number, number, number, number];
  const [, b, c] = byteRange;
  if (!(b > 0 && c > b && c <= pdf.length) || text[b] !== '<' || text[c - 1] !== '>') return 'ByteRange does not delimit the /Contents string';
  const hex = text.slice(b + 1, c - 1);
  if (!/^[0-9A-Fa-f]*$/.test(hex) || hex.length % 2 !== 0) return '/Contents is not a hex string';
  const raw = Buffer.from(hex, 'hex');
  // The placeholder is padded with zeros: keep exactly the DER object.
  const decoded = asn1js.fromBER(toArrayBuffer(raw));
  if (decoded.offset === -1) return '/Contents does not hold DER';
  const objStart = text.lastIndexOf(' obj', last.index);
  const objEnd = text.indexOf('endobj', c);
  const dictionary = text.slice(objStart === -1 ? last.index : objStart, b) + text.slice(c, objEnd === -1 ? c + 2000 : objEnd);
  return { byteRange, cms: new Uint8Array(raw.subarray(0, decoded.offset)), dictionary, count: all.length };
}

/** D:YYYYMMDDHHmmSS followed by Z, or +HH'mm', or nothing (then UTC is assumed). */
export function parsePdfDate(value: string): Date | undefined {
  const m = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2}'?\d{2}'?)?/.exec(value);
  if (!m) return undefined;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', tz] = m;
  let ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  if (tz && tz !== 'Z') {
    const sign = tz[0] === '-' ? -1 : 1;
    const digits = tz.replace(/\D/g, '');
    ms -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0')) * 60_000;
  }
  return new Date(ms);
}

function pemToCertificate(pem: string): pkijs.Certificate {
  return pkijs.Certificate.fromBER(new Uint8Array(new X509Certificate(pem).raw));
}

function toArrayBuffer(buf: Uint8Array): ArrayBuffer {
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
}
