import path from 'node:path';
import type { Knex } from 'knex';
import { config } from '../config.ts';
import { AppError } from '../errors/app-error.ts';
import { issueSealCertificate, loadOrCreateDeploymentPki, readPkcs12, repackPkcs12, type DeploymentPki } from '../pki/index.ts';
import { deploymentSecret } from './deployment-secret.ts';

/**
 * Every ayuntamiento gets a seal certificate at onboarding: imported from a PKCS#12, or in
 * demo mode issued by the deployment's demo CA. It is stored re-encrypted with the
 * deployment secret, in the tenant's own schema.
 */
export interface PreparedSeal {
  p12: Buffer;
  certificatePem: string;
  subject: string;
  issuer: string;
  serialNumber: string;
  fingerprintSha256: string;
  notBefore: Date;
  notAfter: Date;
}

let pki: Promise<DeploymentPki> | undefined;

function deploymentPki(): Promise<DeploymentPki> {
  pki ??= loadOrCreateDeploymentPki(path.join(config().DATA_DIR, 'pki'));
  return pki;
}

const invalidCertificate = (reason: string) =>
  new AppError({ status: 422, code: 'invalid_seal_certificate', key: 'errors:invalidSealCertificate', fields: [{ field: 'sealCertificate', key: `validation:pkcs12.${reason}` }] });

export async function prepareSealCertificate(
  tenant: { name: string; cif: string; dir3: string },
  imported?: { p12Base64: string; password: string },
): Promise<PreparedSeal> {
  let p12: Buffer;
  let password: string;
  if (imported) {
    p12 = Buffer.from(imported.p12Base64, 'base64');
    password = imported.password;
  } else {
    if (!config().DEMO_MODE) throw invalidCertificate('required');
    ({ p12, password } = await issueSealCertificate(await deploymentPki(), { organizationName: tenant.name, cif: tenant.cif, dir3: tenant.dir3 }));
  }
  let creds;
  try {
    creds = readPkcs12(p12, password);
  } catch (err) {
    const code = (err as { code?: string }).code ?? 'pkcs12.malformed';
    throw invalidCertificate(code.replace(/^pkcs12\./, ''));
  }
  const now = Date.now();
  if (creds.notAfter.getTime() < now) throw invalidCertificate('expired');
  if (creds.notBefore.getTime() > now) throw invalidCertificate('notYetValid');
  return {
    p12: repackPkcs12(p12, password, deploymentSecret()),
    certificatePem: creds.certificatePem,
    subject: creds.subject.commonName ?? creds.subject.organizationName ?? '',
    issuer: creds.issuer,
    serialNumber: creds.serialNumber,
    fingerprintSha256: creds.fingerprintSha256,
    notBefore: creds.notBefore,
    notAfter: creds.notAfter,
  };
}

/** Stores it in the tenant schema (plain table names: the caller is inside withTenant). */
export async function storeSealCertificate(db: Knex.Transaction, seal: PreparedSeal): Promise<void> {
  await db('certificates').where({ purpose: 'seal', active: true }).update({ active: false });
  await db('certificates').insert({
    purpose: 'seal', p12: seal.p12, certificate_pem: seal.certificatePem, subject: seal.subject, issuer: seal.issuer,
    serial_number: seal.serialNumber, fingerprint_sha256: seal.fingerprintSha256, not_before: seal.notBefore, not_after: seal.notAfter,
  });
}
