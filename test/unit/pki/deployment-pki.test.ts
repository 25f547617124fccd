import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { execFileSync } from 'node:child_process';
import forge from 'node-forge';
import { x509 } from '../../../server/pki/x509.ts';
import {
  issueSealCertificate,
  loadOrCreateDeploymentPki,
  readPkcs12,
  repackPkcs12,
  type DeploymentPki,
} from '../../../server/pki/index.ts';

const has = (cmd: string, args: string[]) => {
  try {
    execFileSync(cmd, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const hasOpenssl = has('openssl', ['version']);
const hasNss = has('certutil', ['-H']) || has('which', ['pk12util']);

let dir: string;
let pki: DeploymentPki;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sede-pki-'));
  pki = await loadOrCreateDeploymentPki(dir);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const sealRequest = { organizationName: 'Ayuntamiento de San Sebastián de los Reyes', cif: 'P2813400E', dir3: 'L01281343' };

describe('deployment PKI', () => {
  test('is created once and loaded afterwards, also by concurrent callers', async () => {
    const again = await Promise.all([loadOrCreateDeploymentPki(dir), loadOrCreateDeploymentPki(dir)]);
    for (const p of again) {
      expect(p.root.certificatePem).toBe(pki.root.certificatePem);
      expect(p.sealCa.certificatePem).toBe(pki.sealCa.certificatePem);
      expect(p.server.certificatePem).toBe(pki.server.certificatePem);
    }
    const fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'sede-pki-race-'));
    try {
      const raced = await Promise.all([loadOrCreateDeploymentPki(fresh), loadOrCreateDeploymentPki(fresh)]);
      expect(raced[0].root.certificatePem).toBe(raced[1].root.certificatePem);
    } finally {
      fs.rmSync(fresh, { recursive: true, force: true });
    }
  });

  test('the intermediate is issued by the root, and is DEMO', () => {
    const root = new crypto.X509Certificate(pki.root.certificatePem);
    const inter = new crypto.X509Certificate(pki.sealCa.certificatePem);
    expect(root.ca && inter.ca).toBe(true);
    expect(inter.checkIssued(root)).toBe(true);
    expect(inter.verify(root.publicKey)).toBe(true);
    expect(root.verify(root.publicKey)).toBe(true);
    expect(root.subject).toMatch(/DEMO/);
    expect(root.subject).toContain('O=Diputación demo (Sede)');
  });

  test('every CA has a current CRL labelled X509 CRL, signed by it', async () => {
    for (const [crlPem, ca] of [[pki.crls.root, pki.root], [pki.crls.sealCa, pki.sealCa]] as const) {
      expect(crlPem).toMatch(/^-----BEGIN X509 CRL-----/);
      const crl = new x509.X509Crl(crlPem);
      expect(crl.nextUpdate!.getTime()).toBeGreaterThan(Date.now() + 7 * 86_400_000);
      expect(await crl.verify({ publicKey: ca.certificate.publicKey })).toBe(true);
    }
  });

  test('the server certificate covers the sede hostnames and loads into a TLS context with the CRLs', () => {
    const [leafPem] = pki.server.certificatePem.split(/(?<=-----END CERTIFICATE-----)/);
    const leaf = new crypto.X509Certificate(leafPem!);
    expect(leaf.checkHost('calamonte.sede.localhost')).toBe('*.sede.localhost');
    expect(leaf.checkHost('sede.localhost')).toBe('sede.localhost');
    expect(leaf.checkHost('localhost')).toBe('localhost');
    expect(leaf.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(leaf.checkIssued(new crypto.X509Certificate(pki.sealCa.certificatePem))).toBe(true);
    expect(() =>
      tls.createSecureContext({
        key: pki.server.privateKeyPem,
        cert: pki.server.certificatePem,
        ca: pki.caCertificatesPem,
        crl: [pki.crls.root, pki.crls.sealCa],
      }),
    ).not.toThrow();
    expect(fs.statSync(pki.paths.rootKey).mode & 0o077).toBe(0);
  });
});

describe('seal certificate', () => {
  test('round trip: PKCS#12 → readPkcs12 gives the subject, chain and key', async () => {
    const { p12, password, certificatePem } = await issueSealCertificate(pki, sealRequest);
    expect(password.length).toBeGreaterThanOrEqual(20);
    const creds = readPkcs12(p12, password);
    expect(creds.certificatePem.replace(/\s/g, '')).toBe(certificatePem.replace(/\s/g, ''));
    expect(creds.subject).toEqual({
      commonName: 'SELLO ELECTRONICO DE AYUNTAMIENTO DE SAN SEBASTIÁN DE LOS REYES',
      organizationName: 'Ayuntamiento de San Sebastián de los Reyes',
      organizationIdentifier: 'VATES-P2813400E',
      serialNumber: 'P2813400E',
    });
    expect(creds.issuer).toContain('CN=Sede DEMO CA Sede y Sello');
    expect(creds.serialNumber).toMatch(/^[0-9a-f]+$/);
    const leaf = new crypto.X509Certificate(creds.certificatePem);
    expect(creds.fingerprintSha256).toBe(leaf.fingerprint256.replace(/:/g, '').toLowerCase());
    const years = (creds.notAfter.getTime() - creds.notBefore.getTime()) / (365 * 86_400_000);
    expect(years).toBeCloseTo(2, 1);
    expect(leaf.checkPrivateKey(crypto.createPrivateKey(creds.privateKeyPem))).toBe(true);

    // Chain: [leaf, intermediate] in the file, verifying up to the root.
    expect(creds.chainPem).toHaveLength(1);
    const inter = new crypto.X509Certificate(creds.chainPem[0]!);
    const root = new crypto.X509Certificate(pki.root.certificatePem);
    expect(leaf.checkIssued(inter) && leaf.verify(inter.publicKey)).toBe(true);
    expect(inter.checkIssued(root) && inter.verify(root.publicKey)).toBe(true);
  });

  test('keyUsage digitalSignature + nonRepudiation (critical), EKU emailProtection only', async () => {
    const { certificatePem } = await issueSealCertificate(pki, sealRequest);
    const cert = new x509.X509Certificate(certificatePem);
    const ku = cert.getExtension(x509.KeyUsagesExtension)!;
    expect(ku.critical).toBe(true);
    expect(ku.usages).toBe(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation);
    expect(cert.getExtension(x509.ExtendedKeyUsageExtension)!.usages).toEqual(['1.3.6.1.5.5.7.3.4']);
    expect(new crypto.X509Certificate(certificatePem).ca).toBe(false);
  });

  test('is readable by Node TLS (what Playwright uses) and by openssl', async () => {
    const { p12, password } = await issueSealCertificate(pki, sealRequest);
    expect(() => tls.createSecureContext({ pfx: p12, passphrase: password })).not.toThrow();
    if (!hasOpenssl) return;
    const file = path.join(dir, 'seal.p12');
    fs.writeFileSync(file, p12);
    const out = execFileSync('openssl', ['pkcs12', '-info', '-nokeys', '-in', file, '-passin', `pass:${password}`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(out.match(/-----BEGIN CERTIFICATE-----/g)).toHaveLength(2);
    expect(out).toContain('VATES-P2813400E');
  });

  (hasNss ? test : test.skip)('imports into an NSS database (what Chromium and pdfsig use)', async () => {
    const { p12, password } = await issueSealCertificate(pki, sealRequest);
    const nss = fs.mkdtempSync(path.join(dir, 'nss-'));
    const file = path.join(nss, 'seal.p12');
    fs.writeFileSync(file, p12);
    execFileSync('certutil', ['-N', '--empty-password', '-d', `sql:${nss}`], { stdio: 'ignore' });
    execFileSync('pk12util', ['-i', file, '-d', `sql:${nss}`, '-W', password], { stdio: 'ignore' });
    const list = execFileSync('certutil', ['-L', '-d', `sql:${nss}`], { encoding: 'utf8' });
    expect(list).toContain('Sello Ayuntamiento de San Sebastián de los Reyes');
  });

  test('refuses an invalid CIF', async () => {
    await expect(issueSealCertificate(pki, { ...sealRequest, cif: 'P2813400F' })).rejects.toThrow(/CIF/);
  });
});

describe('readPkcs12 / repackPkcs12', () => {
  let p12: Buffer;
  let password: string;
  beforeAll(async () => ({ p12, password } = await issueSealCertificate(pki, sealRequest)));

  const codeOf = (fn: () => unknown): string | undefined => {
    try {
      fn();
    } catch (err) {
      return (err as { code?: string }).code;
    }
    return undefined;
  };

  test('a wrong password gives pkcs12.badPassword', () => {
    expect(codeOf(() => readPkcs12(p12, 'wrong'))).toBe('pkcs12.badPassword');
  });

  test('garbage gives pkcs12.malformed', () => {
    expect(codeOf(() => readPkcs12(Buffer.from('not a p12 at all'), 'x'))).toBe('pkcs12.malformed');
    expect(codeOf(() => readPkcs12(Buffer.alloc(0), 'x'))).toBe('pkcs12.malformed');
  });

  test('a file without key gives pkcs12.noKey, without certificate pkcs12.noCertificate', () => {
    const creds = readPkcs12(p12, password);
    const certsOnly = forge.pkcs12.toPkcs12Asn1(null, [forge.pki.certificateFromPem(creds.certificatePem)], 'pw', { algorithm: '3des' });
    expect(codeOf(() => readPkcs12(Buffer.from(forge.asn1.toDer(certsOnly).getBytes(), 'binary'), 'pw'))).toBe('pkcs12.noKey');
    const keyOnly = forge.pkcs12.toPkcs12Asn1(forge.pki.privateKeyFromPem(creds.privateKeyPem), [], 'pw', { algorithm: '3des', generateLocalKeyId: false });
    expect(codeOf(() => readPkcs12(Buffer.from(forge.asn1.toDer(keyOnly).getBytes(), 'binary'), 'pw'))).toBe('pkcs12.noCertificate');
  });

  test('repack: the new password opens it, the old one does not, the content is the same', () => {
    const secret = crypto.randomBytes(32).toString('hex');
    const repacked = repackPkcs12(p12, password, secret);
    expect(codeOf(() => readPkcs12(repacked, password))).toBe('pkcs12.badPassword');
    const before = readPkcs12(p12, password);
    const after = readPkcs12(repacked, secret);
    expect(after.fingerprintSha256).toBe(before.fingerprintSha256);
    expect(after.chainPem).toEqual(before.chainPem);
    expect(after.privateKeyPem).toBe(before.privateKeyPem);
  });

  (hasOpenssl ? test : test.skip)('reads files written by openssl (default AES and legacy 3DES)', () => {
    const creds = readPkcs12(p12, password);
    const work = fs.mkdtempSync(path.join(dir, 'openssl-'));
    fs.writeFileSync(path.join(work, 'key.pem'), creds.privateKeyPem);
    fs.writeFileSync(path.join(work, 'chain.pem'), creds.certificatePem + creds.chainPem.join(''));
    const variants: string[][] = [[], ['-keypbe', 'PBE-SHA1-3DES', '-certpbe', 'PBE-SHA1-3DES', '-macalg', 'sha1']];
    for (const extra of variants) {
      const out = path.join(work, 'out.p12');
      execFileSync('openssl', ['pkcs12', '-export', '-inkey', path.join(work, 'key.pem'), '-in', path.join(work, 'chain.pem'), '-out', out, '-passout', 'pass:s3cret', ...extra], { stdio: 'ignore' });
      const read = readPkcs12(fs.readFileSync(out), 's3cret');
      expect(read.fingerprintSha256).toBe(creds.fingerprintSha256);
      expect(read.chainPem).toHaveLength(1);
      expect(codeOf(() => readPkcs12(fs.readFileSync(out), 'nope'))).toBe('pkcs12.badPassword');
    }
  });
});
