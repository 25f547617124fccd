import type { X509Certificate as NodeX509Certificate } from 'node:crypto';
import { db } from '../db/current.ts';
import type { Site } from '../platform/types.ts';
import { withTenant } from '../tenancy/with-tenant.ts';
import { findAccount } from './accounts.repository.ts';
import { readCertificateIdentity } from './certificate-reader.ts';
import { CertificateReadError, Forbidden } from './identity.errors.ts';
import { PORTAL_SITE, type CertificateIdentity, type ProvedLogin, type SessionAuth } from './types.ts';

/**
 * A verified certificate becomes a login on this site:
 * - on a sede, as a citizen (persons, representatives — and public employees acting as
 *   themselves), or, with purpose 'staff', as a member of its staff: the certificate must be a
 *   public-employee one of THIS ayuntamiento (organisation CIF) and its NIF a staff account;
 * - on the portal, as a Diputación admin whose account has the certificate's NIF.
 */
export type CertificatePurpose = 'citizen' | 'staff';

export async function certificateLogin(site: Site, cert: NodeX509Certificate, purpose: CertificatePurpose): Promise<ProvedLogin> {
  const id = readIdentity(cert);
  const auth: SessionAuth = {
    method: 'certificate',
    levelOfAssurance: id.levelOfAssurance,
    certificate: { issuer: id.issuer.commonName, serialNumber: id.serialNumber, fingerprintSha256: id.fingerprintSha256 },
    at: new Date().toISOString(),
  };
  const person = { fullName: id.fullName, nif: id.nif, auth };

  if (site.kind === 'portal') {
    const admin = await findAccount(db(), 'platform.platform_admins', { nif: id.nif });
    if (!admin?.active) throw new Forbidden('errors:login.notPlatformAdmin', 'not_platform_admin');
    return { kind: 'platform-admin', site: PORTAL_SITE, adminId: admin.id, username: admin.username, ...person };
  }
  if (purpose === 'staff') {
    const staff = isEmployeeOf(id, site.tenant.cif) ? await withTenant(site.tenant, (trx) => findAccount(trx, 'staff_accounts', { nif: id.nif })) : undefined;
    if (!staff?.active) throw new Forbidden('errors:login.notStaff', 'not_staff');
    return { kind: 'staff', site: site.tenant.slug, staffId: staff.id, username: staff.username, roles: staff.roles ?? [], ...person };
  }
  return {
    kind: 'citizen', site: site.tenant.slug, givenName: id.givenName, surname1: id.surname1,
    ...(id.surname2 ? { surname2: id.surname2 } : {}), ...(id.company ? { company: id.company } : {}), ...person,
  };
}

/**
 * The reader is a pure function of the certificate's bytes and costs a few milliseconds (a
 * full ASN.1 parse): what it read is kept for the last certificates seen, keyed by the SHA-256
 * of the DER (a person logging in again, staff logging in all day long).
 */
const READ_CACHE_SIZE = 2000;
const readCache = new Map<string, CertificateIdentity | CertificateReadError>();

export function readIdentity(cert: NodeX509Certificate): CertificateIdentity {
  const key = cert.fingerprint256;
  let found = readCache.get(key);
  if (found === undefined) {
    try {
      found = readCertificateIdentity(cert);
    } catch (err) {
      if (!(err instanceof CertificateReadError)) throw err;
      found = err;
    }
    if (readCache.size >= READ_CACHE_SIZE) readCache.delete(readCache.keys().next().value!);
    readCache.set(key, found);
  }
  if (found instanceof CertificateReadError) throw found;
  return found;
}

const isEmployeeOf = (id: CertificateIdentity, cif: string): boolean =>
  id.kind === 'employee' && id.organisation?.cif?.toUpperCase() === cif.toUpperCase();
