/**
 * PKCS#12 files: written with Node's crypto plus node-forge's ASN.1 and PKCS#12 KDF, read with
 * node-forge (any key type; PBES2/AES, 3DES and RC2 files).
 */
import crypto from 'node:crypto';
import forge from 'node-forge';
import { x509 } from './x509.ts';
import { OID } from './oids.ts';
import { Pkcs12Error } from './pki.errors.ts';

export interface CertificateSubject {
  commonName: string;
  organizationName?: string;
  organizationIdentifier?: string;
  serialNumber?: string;
}

export interface SealCredentials {
  certificatePem: string;
  /** The rest of the chain in the file, from the issuer upwards. */
  chainPem: string[];
  /** PKCS#8 PEM, unencrypted: keep it in memory only. */
  privateKeyPem: string;
  subject: CertificateSubject;
  /** The issuer's distinguished name as text (RFC 4514 style). */
  issuer: string;
  /** Hex, lower case. */
  serialNumber: string;
  notBefore: Date;
  notAfter: Date;
  /** SHA-256 of the DER certificate, hex lower case without separators. */
  fingerprintSha256: string;
}

export interface WritePkcs12Options {
  /** Shown by browsers and key stores (BMPString). */
  friendlyName?: string;
  /** PBKDF2 and MAC iterations (default 2048, as OpenSSL). */
  iterations?: number;
}

const { asn1 } = forge;
const U = asn1.Class.UNIVERSAL;
const seq = (value: forge.asn1.Asn1[]) => asn1.create(U, asn1.Type.SEQUENCE, true, value);
const set = (value: forge.asn1.Asn1[]) => asn1.create(U, asn1.Type.SET, true, value);
const oid = (id: string) => asn1.create(U, asn1.Type.OID, false, asn1.oidToDer(id).getBytes());
const octets = (bytes: string) => asn1.create(U, asn1.Type.OCTETSTRING, false, bytes);
const integer = (n: number) => asn1.create(U, asn1.Type.INTEGER, false, asn1.integerToDer(n).getBytes());
const explicit0 = (value: forge.asn1.Asn1) => asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [value]);
const derOf = (value: forge.asn1.Asn1): string => asn1.toDer(value).getBytes();
const fromDer = (der: Buffer): forge.asn1.Asn1 => asn1.fromDer(forge.util.createBuffer(der.toString('binary')));
/** PKCS#7 ContentInfo of type data. */
const dataContentInfo = (content: forge.asn1.Asn1) => seq([oid(forge.pki.oids.data!), explicit0(octets(derOf(content)))]);

const P12_OID = {
  x509Certificate: '1.2.840.113549.1.9.22.1',
  sha256: '2.16.840.1.101.3.4.2.1',
};

/**
 * Writes a PKCS#12 with the key and the chain [leaf, intermediate, …], in the layout OpenSSL 3
 * writes by default and NSS, OpenSSL and Playwright read: certificates in a plain SafeContents,
 * the key in a pkcs8ShroudedKeyBag encrypted by Node (PBES2: PBKDF2-HMAC-SHA256 + AES-256-CBC),
 * integrity by HMAC-SHA256 with the PKCS#12 KDF (node-forge). Any key type.
 *
 * Why not forge's toPkcs12Asn1 (RECIPES): its PBKDF2 runs in JavaScript (20 ms per file)
 * and it only takes RSA keys.
 */
export function writePkcs12(privateKeyPem: string, chainPem: readonly string[], password: string, opts: WritePkcs12Options = {}): Buffer {
  const iterations = opts.iterations ?? 2048;
  let encryptedKey: Buffer;
  let leaf: crypto.X509Certificate;
  let chain: crypto.X509Certificate[];
  try {
    const key = crypto.createPrivateKey(privateKeyPem);
    encryptedKey = key.export({ type: 'pkcs8', format: 'der', cipher: 'aes-256-cbc', passphrase: password });
    chain = chainPem.map((pem) => new crypto.X509Certificate(pem));
    leaf = chain[0]!;
    if (!leaf || !leaf.checkPrivateKey(key)) throw new Error('key and certificate do not match');
  } catch (err) {
    throw new Pkcs12Error('pkcs12.malformed', `Cannot build a PKCS#12: ${err instanceof Error ? err.message : String(err)}`);
  }
  const localKeyId = crypto.createHash('sha1').update(leaf.raw).digest().toString('binary');
  const attributes = [seq([oid(forge.pki.oids.localKeyId!), set([octets(localKeyId)])])];
  if (opts.friendlyName) {
    const label = opts.friendlyName.replace(/[\u{10000}-\u{10FFFF}]/gu, '?');
    attributes.push(seq([oid(forge.pki.oids.friendlyName!), set([asn1.create(U, asn1.Type.BMPSTRING, false, label)])]));
  }
  const certBags = chain.map((cert, i) =>
    seq([
      oid(forge.pki.oids.certBag!),
      explicit0(seq([oid(P12_OID.x509Certificate), explicit0(octets(cert.raw.toString('binary')))])),
      ...(i === 0 ? [set(attributes)] : []),
    ]),
  );
  const keyBag = seq([oid(forge.pki.oids.pkcs8ShroudedKeyBag!), explicit0(fromDer(encryptedKey)), set(attributes)]);
  const authenticatedSafe = seq([dataContentInfo(seq(certBags)), dataContentInfo(seq([keyBag]))]);

  const safeDer = derOf(authenticatedSafe);
  const macSalt = crypto.randomBytes(16).toString('binary');
  const macKey = forge.pkcs12.generateKey(password, forge.util.createBuffer(macSalt), 3, iterations, 32, forge.md.sha256.create());
  const mac = crypto.createHmac('sha256', Buffer.from(macKey.getBytes(), 'binary')).update(Buffer.from(safeDer, 'binary')).digest();
  const macData = seq([
    seq([seq([oid(P12_OID.sha256), asn1.create(U, asn1.Type.NULL, false, '')]), octets(mac.toString('binary'))]),
    octets(macSalt),
    integer(iterations),
  ]);
  const pfx = seq([integer(3), seq([oid(forge.pki.oids.data!), explicit0(octets(safeDer))]), macData]);
  return Buffer.from(derOf(pfx), 'binary');
}

function toPem(label: string, der: Buffer): string {
  const b64 = der.toString('base64').replace(/.{64}/g, '$&\n');
  return `-----BEGIN ${label}-----\n${b64}${b64.endsWith('\n') ? '' : '\n'}-----END ${label}-----\n`;
}

interface RawContents {
  keyDer: Buffer;
  certDers: Buffer[];
  friendlyName?: string;
}

function decode(p12: Buffer, password: string): RawContents {
  let pfx: forge.pkcs12.Pkcs12Pfx;
  try {
    const asn1 = forge.asn1.fromDer(forge.util.createBuffer(p12.toString('binary')));
    pfx = forge.pkcs12.pkcs12FromAsn1(asn1, false, password);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (/password|MAC could not be verified|decrypt/i.test(message)) {
      throw new Pkcs12Error('pkcs12.badPassword', 'The password does not open this PKCS#12 file');
    }
    throw new Pkcs12Error('pkcs12.malformed', 'This is not a readable PKCS#12 (.p12/.pfx) file');
  }
  const keyBags = [
    ...(pfx.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag })[forge.pki.oids.pkcs8ShroudedKeyBag] ?? []),
    ...(pfx.getBags({ bagType: forge.pki.oids.keyBag })[forge.pki.oids.keyBag] ?? []),
  ];
  const certBags = pfx.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag] ?? [];
  const keyBag = keyBags[0];
  if (!keyBag) throw new Pkcs12Error('pkcs12.noKey', 'The PKCS#12 file holds no private key');
  if (certBags.length === 0) throw new Pkcs12Error('pkcs12.noCertificate', 'The PKCS#12 file holds no certificate');
  const bagDer = (bag: forge.pkcs12.Bag, fromObject: () => forge.asn1.Asn1): Buffer => {
    const asn1 = (bag as forge.pkcs12.Bag & { asn1?: forge.asn1.Asn1 }).asn1 ?? fromObject();
    return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
  };
  const keyDer = bagDer(keyBag, () => forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(keyBag.key!)));
  const certDers = certBags.map((bag) => bagDer(bag, () => forge.pki.certificateToAsn1(bag.cert!)));
  const friendlyName = keyBag.attributes?.['friendlyName']?.[0] as string | undefined;
  return { keyDer, certDers, ...(friendlyName ? { friendlyName } : {}) };
}

function subjectOf(name: x509.Name): CertificateSubject {
  const first = (oid: string) => name.getField(oid)[0];
  const subject: CertificateSubject = { commonName: first(OID.commonName) ?? '' };
  const o = first(OID.organization);
  const oi = first(OID.organizationIdentifier);
  const sn = first(OID.serialNumber);
  if (o) subject.organizationName = o;
  if (oi) subject.organizationIdentifier = oi;
  if (sn) subject.serialNumber = sn;
  return subject;
}

/** Orders certificates: the one matching the key first, then each issuer in turn. */
function orderChain(keyDer: Buffer, certDers: Buffer[]): crypto.X509Certificate[] {
  let certs: crypto.X509Certificate[];
  let privateKey: crypto.KeyObject;
  try {
    certs = certDers.map((der) => new crypto.X509Certificate(der));
    privateKey = crypto.createPrivateKey({ key: keyDer, format: 'der', type: 'pkcs8' });
  } catch {
    throw new Pkcs12Error('pkcs12.malformed', 'The PKCS#12 file holds an unreadable key or certificate');
  }
  const leaf = certs.find((c) => c.checkPrivateKey(privateKey));
  if (!leaf) throw new Pkcs12Error('pkcs12.noCertificate', 'No certificate in the PKCS#12 file matches its private key');
  const ordered = [leaf];
  const rest = certs.filter((c) => c !== leaf);
  for (let current = leaf; ; ) {
    const issuer = rest.find((c) => !ordered.includes(c) && current.checkIssued(c));
    if (!issuer) break;
    ordered.push(issuer);
    current = issuer;
  }
  // Anything unrelated stays at the end, in file order.
  for (const c of rest) if (!ordered.includes(c)) ordered.push(c);
  return ordered;
}

/** Opens a PKCS#12 file. Throws Pkcs12Error with code badPassword/noKey/noCertificate/malformed. */
export function readPkcs12(p12: Buffer, password: string): SealCredentials {
  const { keyDer, certDers } = decode(p12, password);
  const [leaf, ...chain] = orderChain(keyDer, certDers);
  const parsed = new x509.X509Certificate(leaf!.raw);
  return {
    certificatePem: leaf!.toString(),
    chainPem: chain.map((c) => c.toString()),
    privateKeyPem: toPem('PRIVATE KEY', keyDer),
    subject: subjectOf(parsed.subjectName),
    issuer: parsed.issuer,
    serialNumber: leaf!.serialNumber.toLowerCase(),
    notBefore: parsed.notBefore,
    notAfter: parsed.notAfter,
    fingerprintSha256: crypto.createHash('sha256').update(leaf!.raw).digest('hex'),
  };
}

/** Re-encrypts a PKCS#12 under another password (e.g. the deployment's SECRETS_KEY). */
export function repackPkcs12(p12: Buffer, password: string, newPassword: string): Buffer {
  const { keyDer, certDers, friendlyName } = decode(p12, password);
  const ordered = orderChain(keyDer, certDers);
  return writePkcs12(toPem('PRIVATE KEY', keyDer), ordered.map((c) => c.toString()), newPassword, friendlyName ? { friendlyName } : {});
}
