import { deploymentSecret } from '../platform/deployment-secret.ts';
import type { Tenant } from '../platform/types.ts';
import { withTenant } from '../tenancy/with-tenant.ts';
import type { SealKey } from './cms-signer.ts';
import { SealCertificateMissing, SealCertificateNotValid } from './documents.errors.ts';
import { findActiveSealCertificate, type StoredSealCertificate } from './seal-certificates.repository.ts';
import { sealKeyFromPkcs12 } from './seal-keys.ts';

/**
 * The ayuntamiento's seal, ready to sign: its active certificate from its schema, the PKCS#12
 * decrypted with the deployment secret (server/pki readPkcs12) and imported once per process
 * (seal-keys.ts caches it by file). No certificate, or one outside its validity period, is a
 * clear refusal for staff — a document is never issued unsealed.
 */
export interface TenantSeal {
  key: SealKey;
  certificate: Omit<StoredSealCertificate, 'p12'>;
}

export async function loadTenantSeal(tenant: Pick<Tenant, 'slug' | 'name'>, at = new Date()): Promise<TenantSeal> {
  const stored = await withTenant(tenant, (db) => findActiveSealCertificate(db));
  if (!stored) throw new SealCertificateMissing(tenant.name);
  if (at.getTime() < stored.notBefore.getTime() || at.getTime() > stored.notAfter.getTime()) {
    throw new SealCertificateNotValid(tenant.name, stored.notBefore, stored.notAfter, at);
  }
  const { p12, ...certificate } = stored;
  return { key: await sealKeyFromPkcs12(p12, deploymentSecret()), certificate };
}
