import { X509Certificate } from 'node:crypto';
import path from 'node:path';
import { config } from '../../server/config.ts';
import { db } from '../../server/db/current.ts';
import { deploymentSecret } from '../../server/platform/deployment-secret.ts';
import { storeSealCertificate } from '../../server/platform/seal-certificate.ts';
import { daysFrom, issueCertificate } from '../../server/pki/certificate-authority.ts';
import { loadOrCreateDeploymentPki, writePkcs12 } from '../../server/pki/index.ts';
import { generateRsaKeyPair } from '../../server/pki/keys.ts';
import { sealExtensions, sealSubject } from '../../server/pki/seal-certificate.ts';
import type { Tenant } from '../../server/platform/types.ts';
import { withTenant } from '../../server/tenancy/with-tenant.ts';

/** Test helpers for the document store: seal certificates in odd states, and counts on both sides. */

/** The deployment's demo root (the anchor of every demo seal), as PEM. */
export async function deploymentRootPem(): Promise<string> {
  const pki = await loadOrCreateDeploymentPki(path.join(config().DATA_DIR, 'pki'));
  return pki.caCertificatesPem[0]!;
}

/** Replaces the tenant's active seal by a real certificate from the deployment CA valid only between the two dates. */
export async function installSealValidBetween(tenant: Tenant, notBefore: Date, notAfter: Date): Promise<void> {
  const pki = await loadOrCreateDeploymentPki(path.join(config().DATA_DIR, 'pki'));
  const request = { organizationName: tenant.name, cif: tenant.cif, dir3: tenant.dir3 };
  const keys = await generateRsaKeyPair(2048);
  const cert = await issueCertificate(pki.sealCa, { subject: sealSubject(request), publicKey: keys.publicKey, notBefore, notAfter, extensions: sealExtensions(request) });
  const pem = cert.toString('pem');
  const node = new X509Certificate(pem);
  const p12 = writePkcs12(keys.privateKeyPem, [pem, pki.sealCa.certificatePem], deploymentSecret());
  await withTenant(tenant, (tdb) => storeSealCertificate(tdb, {
    p12, certificatePem: pem, subject: tenant.name, issuer: node.issuer, serialNumber: node.serialNumber.toLowerCase(),
    fingerprintSha256: node.fingerprint256.replace(/:/g, '').toLowerCase(), notBefore, notAfter,
  }));
}

export const installExpiredSeal = (tenant: Tenant) => installSealValidBetween(tenant, daysFrom(new Date(), -800), daysFrom(new Date(), -2));

export async function removeSeal(tenant: Tenant): Promise<void> {
  await withTenant(tenant, (tdb) => tdb('certificates').where({ purpose: 'seal' }).update({ active: false }));
}

export async function activeSealFingerprint(tenant: Tenant): Promise<string> {
  return withTenant(tenant, async (tdb) => (await tdb('certificates').where({ purpose: 'seal', active: true }).first('fingerprint_sha256')).fingerprint_sha256);
}

/** Documents in the tenant's schema and entries of the tenant in the global index. */
export async function documentCounts(tenant: Tenant): Promise<{ documents: number; index: number }> {
  const documents = await withTenant(tenant, async (tdb) => Number((await tdb('documents').count({ n: '*' }))[0]!.n));
  const [idx] = await db().withSchema('platform').table('csv_index').where({ tenant_slug: tenant.slug }).count({ n: '*' });
  return { documents, index: Number(idx!.n) };
}
