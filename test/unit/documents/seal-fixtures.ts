import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { issueSealCertificate, loadOrCreateDeploymentPki, readPkcs12, type DeploymentPki, type SealCredentials } from '../../../server/pki/index.ts';
import { daysFrom, issueCertificate } from '../../../server/pki/certificate-authority.ts';
import { sealExtensions, sealSubject } from '../../../server/pki/seal-certificate.ts';
import { generateRsaKeyPair } from '../../../server/pki/keys.ts';
import type { SealMaterial } from '../../../server/documents/cms-signer.ts';

/**
 * Seal credentials for the document tests, from the real deployment PKI code (server/pki) in a
 * temporary folder: a valid seal, a second one (for certificate-substitution tests), and seals
 * that expired or are not valid yet.
 */
export interface SealFixtures {
  dir: string;
  pki: DeploymentPki;
  rootPem: string;
  seal: SealCredentials;
  otherSeal: SealCredentials;
  expired: SealMaterial;
  notYetValid: SealMaterial;
  cleanup(): void;
}

const REQUEST = { organizationName: 'Ayuntamiento de Calamonte', cif: 'P0602500A', dir3: 'L01060251' };

async function sealValidBetween(pki: DeploymentPki, notBefore: Date, notAfter: Date): Promise<SealMaterial> {
  const keys = await generateRsaKeyPair(2048);
  const cert = await issueCertificate(pki.sealCa, {
    subject: sealSubject(REQUEST), publicKey: keys.publicKey, notBefore, notAfter, extensions: sealExtensions(REQUEST),
  });
  return { certificatePem: cert.toString('pem'), chainPem: [pki.sealCa.certificatePem], privateKeyPem: keys.privateKeyPem };
}

export async function sealFixtures(): Promise<SealFixtures> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sede-documents-'));
  const pki = await loadOrCreateDeploymentPki(path.join(dir, 'pki'));
  const issued = await issueSealCertificate(pki, REQUEST);
  const other = await issueSealCertificate(pki, { ...REQUEST, organizationName: 'Ayuntamiento de Cartagena', cif: 'P3001600J', dir3: 'L01300161' });
  const now = new Date();
  return {
    dir,
    pki,
    rootPem: pki.caCertificatesPem[0]!,
    seal: readPkcs12(issued.p12, issued.password),
    otherSeal: readPkcs12(other.p12, other.password),
    expired: await sealValidBetween(pki, daysFrom(now, -800), daysFrom(now, -70)),
    notYetValid: await sealValidBetween(pki, daysFrom(now, 3), daysFrom(now, 700)),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** An NSS database that trusts the demo root for signatures, for `pdfsig -nssdir`. */
export function nssDbTrusting(dir: string, rootPem: string): string {
  const db = path.join(dir, 'nssdb');
  execFileSync('mkdir', ['-p', db]);
  execFileSync('certutil', ['-N', '--empty-password', '-d', `sql:${db}`]);
  const pem = path.join(dir, 'root.pem');
  writeFileSync(pem, rootPem);
  execFileSync('certutil', ['-A', '-n', 'Sede demo root', '-t', ',C,', '-i', pem, '-d', `sql:${db}`]);
  return `sql:${db}`;
}
