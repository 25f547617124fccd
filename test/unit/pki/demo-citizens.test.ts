import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import type { AddressInfo } from 'node:net';
import { x509 } from '../../../server/pki/x509.ts';
import { DEMO_P12_PASSWORD, generateDemoCitizenPki, type DemoCitizenPki } from '../../../server/pki/demo-citizens.ts';
import { demoCertificateLoginTlsOptions, loadOrCreateDeploymentPki, readPkcs12, type DeploymentPki } from '../../../server/pki/index.ts';

let base: string;
let demo: DemoCitizenPki;
let deployment: DeploymentPki;

beforeAll(async () => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'sede-demo-'));
  [demo, deployment] = await Promise.all([generateDemoCitizenPki(base), loadOrCreateDeploymentPki(base)]);
});
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const file = (rel: string) => path.join(demo.paths.dir, rel);

describe('demo citizen PKI folder', () => {
  test('has a README with the password, a manifest, a trust bundle and a CRL bundle', () => {
    expect(DEMO_P12_PASSWORD).toBe('demo');
    expect(fs.readFileSync(demo.paths.readme, 'utf8')).toContain('Password of every .p12 file: demo');
    expect(demo.manifest.password).toBe('demo');
    const ids = demo.manifest.certificates.map((c) => c.id);
    for (const id of ['ciudadana-fnmt', 'ciudadano-fnmt-antiguo', 'dnie', 'representante', 'caducado', 'aun-no-valido', 'revocado', 'sin-clientauth', 'ca-desconocida', 'sello-calamonte']) {
      expect(ids).toContain(id);
    }
    for (const slug of ['calamonte', 'cartagena', 'ssreyes', 'legazpi', 'sonservera']) expect(ids).toContain(`empleado-${slug}`);
  });

  test('the trust bundle holds every demo CA but the unknown ones', () => {
    const bundle = fs.readFileSync(demo.paths.trustBundle, 'utf8');
    const subjects = bundle.split(/(?<=-----END CERTIFICATE-----)/).filter((s) => s.includes('BEGIN')).map((pem) => new crypto.X509Certificate(pem).subject);
    expect(subjects).toHaveLength(demo.manifest.cas.filter((c) => c.trusted).length);
    expect(subjects.join('\n')).not.toContain('Desconocida');
    expect(subjects.join('\n')).toContain('AC FNMT Usuarios DEMO');
    for (const s of subjects) expect(s).toMatch(/O=.*DEMO/);
  });

  test('every CA, root included, has a current CRL signed by it; the revoked certificate is listed', async () => {
    const revoked = demo.manifest.certificates.find((c) => c.status === 'revoked')!;
    for (const ca of demo.manifest.cas) {
      const crl = new x509.X509Crl(fs.readFileSync(file(ca.crl), 'utf8'));
      const caCert = new x509.X509Certificate(fs.readFileSync(file(ca.certificate), 'utf8'));
      expect(await crl.verify({ publicKey: caCert.publicKey })).toBe(true);
      expect(crl.nextUpdate!.getTime()).toBeGreaterThan(Date.now());
      expect(!!crl.findRevoked(revoked.serialNumber)).toBe(ca.id === revoked.ca);
    }
    expect(demo.crlPems).toHaveLength(demo.manifest.cas.filter((c) => c.trusted).length);
  });

  test('every .p12 opens with the password and holds [leaf, issuing CA]', () => {
    for (const c of demo.manifest.certificates) {
      const creds = readPkcs12(fs.readFileSync(file(c.p12)), DEMO_P12_PASSWORD);
      expect(creds.serialNumber).toBe(c.serialNumber);
      expect(creds.chainPem).toHaveLength(1);
      expect(new crypto.X509Certificate(creds.certificatePem).checkIssued(new crypto.X509Certificate(creds.chainPem[0]!))).toBe(true);
      expect(fs.statSync(file(c.p12)).mode & 0o077).toBe(0);
    }
  });

  test('is reused when present, regenerated with force', async () => {
    const again = await generateDemoCitizenPki(base);
    expect(again.created).toBe(false);
    expect(again.manifest.createdAt).toBe(demo.manifest.createdAt);
    const forced = await generateDemoCitizenPki(base, { force: true });
    expect(forced.created).toBe(true);
    expect(forced.manifest.createdAt).not.toBe(demo.manifest.createdAt);
    demo = forced;
  });
});

describe('TLS client authentication with the demo certificates', () => {
  let server: tls.Server;
  let port: number;
  const seen = new Map<string, { authorized: boolean; error: string | null }>();

  beforeAll(async () => {
    const options = await demoCertificateLoginTlsOptions(base);
    expect(options.ca).toBe(demo.trustBundlePem);
    server = tls.createServer(
      options,
      (socket) => {
        const peer = socket.getPeerCertificate();
        seen.set(peer.serialNumber?.toLowerCase() ?? '', {
          authorized: socket.authorized,
          error: socket.authorizationError ? String(socket.authorizationError) : null,
        });
        socket.end('ok');
      },
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const handshake = (p12: Buffer) =>
    new Promise<void>((resolve, reject) => {
      const socket = tls.connect({ host: '127.0.0.1', port, servername: 'calamonte.sede.localhost', pfx: p12, passphrase: DEMO_P12_PASSWORD, ca: deployment.caCertificatesPem });
      socket.on('data', () => undefined);
      socket.on('end', () => resolve());
      socket.on('error', reject);
    });

  const expectedError: Record<string, string | null> = {
    valid: null,
    seal: null, // TLS lets it through: the login refuses it (certificate.sealNotAllowed)
    expired: 'CERT_HAS_EXPIRED',
    notYetValid: 'CERT_NOT_YET_VALID',
    revoked: 'CERT_REVOKED',
    noClientAuth: 'INVALID_PURPOSE',
  };
  // authorizationError keeps only OpenSSL's last error (RECIPES): for a chain that ends in an
  // unknown CA it may be the missing CRL of that CA rather than the missing issuer.
  const untrustedErrors = ['UNABLE_TO_GET_ISSUER_CERT', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'UNABLE_TO_GET_CRL'];

  test('each certificate gets the verdict its status announces', async () => {
    for (const c of demo.manifest.certificates) {
      await handshake(fs.readFileSync(file(c.p12)));
      const verdict = seen.get(c.serialNumber);
      if (c.status === 'untrusted') {
        expect(verdict?.authorized).toBe(false);
        expect(untrustedErrors).toContain(verdict?.error);
        continue;
      }
      expect({ id: c.id, ...verdict }).toEqual({ id: c.id, authorized: expectedError[c.status] === null, error: expectedError[c.status] });
    }
  });
});
