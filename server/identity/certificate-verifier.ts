/**
 * Decides whether a client certificate may be used to log in: chain to a trusted CA, validity
 * dates, revocation by CRL and the clientAuth purpose — in the order RECIPES gives for the
 * reasons (untrusted, expired, not yet valid, revoked, no clientAuth). The TLS listener has
 * OpenSSL check the same things, but OpenSSL keeps only its last error; this gives the reason.
 * Behind a reverse proxy (certificate in a header) it is the only check.
 *
 * Every CA in the bundle needs a current CRL; when the one needed is missing or stale the
 * certificate's status is unknown, and REVOCATION_UNAVAILABLE decides (default fail-closed).
 * OCSP is not consulted (optional in the issue; CRLs are reloaded every CRL_RELOAD_MINUTES).
 */
import { X509Certificate as NodeX509Certificate } from 'node:crypto';
import { x509 } from '../pki/x509.ts';
import { OID } from '../pki/oids.ts';
import type { CertificateRefusal } from './identity.errors.ts';

const ANY_EKU = '2.5.29.37.0';

interface TrustedCa {
  node: NodeX509Certificate;
  subject: string;
  selfSigned: boolean;
}

interface LoadedCrl {
  thisUpdate: number;
  nextUpdate: number;
  revoked: Set<string>;
}

export type Verdict = { ok: true; chain: NodeX509Certificate[] } | { ok: false; reason: CertificateRefusal; detail?: string };

const normalSerial = (hex: string): string => hex.toLowerCase().replace(/^0+(?=.)/, '');
const splitPem = (bundle: string, label: string): string[] =>
  [...bundle.matchAll(new RegExp(`-----BEGIN ${label}-----[\\s\\S]*?-----END ${label}-----`, 'g'))].map((m) => m[0]);

export class TrustStore {
  readonly cas: TrustedCa[];
  private readonly crls = new Map<string, LoadedCrl>();
  private readonly failOpen: boolean;

  private constructor(cas: TrustedCa[], failOpen: boolean) {
    this.cas = cas;
    this.failOpen = failOpen;
  }

  /** From PEM bundles of CA certificates and CRLs; CRLs whose signature does not verify are ignored. */
  static async load(caBundle: string | string[], crlPems: string[], opts: { revocationUnavailable?: 'fail-closed' | 'fail-open' } = {}): Promise<TrustStore> {
    const pems = (Array.isArray(caBundle) ? caBundle : [caBundle]).flatMap((b) => splitPem(b, 'CERTIFICATE'));
    const cas = pems.map((pem) => {
      const node = new NodeX509Certificate(pem);
      return { node, subject: node.subject, selfSigned: node.checkIssued(node) && node.verify(node.publicKey) };
    });
    const store = new TrustStore(cas, opts.revocationUnavailable === 'fail-open');
    for (const pem of crlPems.flatMap((p) => splitPem(p, 'X509 CRL'))) {
      let crl: x509.X509Crl;
      try {
        crl = new x509.X509Crl(pem);
      } catch {
        continue; // unreadable: as if missing (its CA's certificates then fall under REVOCATION_UNAVAILABLE)
      }
      const issuer = cas.find((ca) => new x509.X509Certificate(ca.node.raw).subject === crl.issuer);
      if (!issuer || !(await crl.verify({ publicKey: await new x509.X509Certificate(issuer.node.raw).publicKey.export() }).catch(() => false))) continue;
      const loaded = { thisUpdate: crl.thisUpdate.getTime(), nextUpdate: crl.nextUpdate?.getTime() ?? 0, revoked: new Set(crl.entries.map((e) => normalSerial(e.serialNumber))) };
      const current = store.crls.get(issuer.subject);
      if (!current || current.thisUpdate < loaded.thisUpdate) store.crls.set(issuer.subject, loaded);
    }
    return store;
  }

  /** The CA that issued `cert` (name and signature), if trusted. */
  private issuerOf(cert: NodeX509Certificate): TrustedCa | undefined {
    return this.cas.find((ca) => cert.checkIssued(ca.node) && cert.verify(ca.node.publicKey));
  }

  verify(leaf: NodeX509Certificate, now = Date.now()): Verdict {
    // 1. Chain up to a self-signed trusted root.
    const chain = [leaf];
    let current = leaf;
    for (let depth = 0; ; depth++) {
      const issuer = this.issuerOf(current);
      if (!issuer || depth > 5) return { ok: false, reason: 'untrusted' };
      if (issuer.node.raw.equals(current.raw)) break;
      chain.push(issuer.node);
      if (issuer.selfSigned) break;
      current = issuer.node;
    }
    // 2-3. Dates (a CA outside its validity makes the chain untrusted).
    for (const [i, c] of chain.entries()) {
      if (Date.parse(c.validTo) < now) return { ok: false, reason: i === 0 ? 'expired' : 'untrusted', detail: i === 0 ? undefined : 'ca-expired' };
      if (Date.parse(c.validFrom) > now) return { ok: false, reason: i === 0 ? 'notYetValid' : 'untrusted', detail: i === 0 ? undefined : 'ca-not-yet-valid' };
    }
    // 4. Revocation: each certificate against its issuer's current CRL.
    for (let i = 0; i < chain.length - 1; i++) {
      const issuerSubject = chain[i + 1]!.subject;
      const crl = this.crls.get(issuerSubject);
      if (!crl || crl.thisUpdate > now || crl.nextUpdate < now) {
        if (!this.failOpen) return { ok: false, reason: 'revocationUnknown', detail: issuerSubject.replace(/\n/g, ', ') };
        continue;
      }
      if (crl.revoked.has(normalSerial(chain[i]!.serialNumber))) return { ok: false, reason: i === 0 ? 'revoked' : 'untrusted', detail: i === 0 ? undefined : 'ca-revoked' };
    }
    // 5. Purpose: TLS client authentication.
    if (!allowsClientAuth(leaf)) return { ok: false, reason: 'noClientAuth' };
    return { ok: true, chain };
  }

  get failsOpen(): boolean {
    return this.failOpen;
  }
}

/** EKU absent, or with clientAuth (or anyExtendedKeyUsage); key usage absent or with digitalSignature. */
export function allowsClientAuth(cert: NodeX509Certificate): boolean {
  const eku = cert.keyUsage; // Node names the extended key usages `keyUsage`.
  if (eku && eku.length > 0 && !eku.includes(OID.clientAuth) && !eku.includes(ANY_EKU)) return false;
  const ku = keyUsageBits(cert.raw);
  return ku === undefined || (ku & (KU_DIGITAL_SIGNATURE | KU_KEY_AGREEMENT)) !== 0;
}

const KU_DIGITAL_SIGNATURE = 0x80;
const KU_KEY_AGREEMENT = 0x08;
/** DER of the extension id 2.5.29.15 (keyUsage): 06 03 55 1D 0F. */
const KU_OID = Buffer.from([0x06, 0x03, 0x55, 0x1d, 0x0f]);

/**
 * The first byte of the keyUsage bits, read straight from the DER (Node does not expose key
 * usage, and a full ASN.1 parse per login costs milliseconds): extnID, optional critical
 * BOOLEAN, then an OCTET STRING holding the BIT STRING. Undefined when absent.
 */
export function keyUsageBits(der: Buffer): number | undefined {
  let i = der.indexOf(KU_OID);
  if (i < 0) return undefined;
  i += KU_OID.length;
  if (der[i] === 0x01 && der[i + 1] === 0x01) i += 3; // critical
  if (der[i] !== 0x04) return undefined;
  i += 2; // OCTET STRING, short length
  if (der[i] !== 0x03 || (der[i + 1] ?? 0) < 2) return undefined;
  return der[i + 3];
}
