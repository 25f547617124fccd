import { db } from '../db/current.ts';
import type { Language } from '../i18n/languages.ts';
import { tenantLogo } from '../platform/tenants.repository.ts';
import type { Tenant } from '../platform/types.ts';
import type { DocumentTenant } from './types.ts';

/** What an ayuntamiento contributes to its documents: name in the document's language, DIR3, address, coat of arms. */
export async function documentTenant(tenant: Tenant, lng: Language): Promise<DocumentTenant> {
  const a = tenant.branding.address;
  const logo = tenant.hasLogo ? await tenantLogo(db(), tenant.slug) : undefined;
  return {
    name: tenant.names[lng] ?? tenant.name,
    dir3: tenant.dir3,
    address: a ? `${a.street}\n${a.postalCode} ${a.city} (${a.province})` : '',
    logoDataUrl: logo ? `data:${logo.type};base64,${logo.bytes.toString('base64')}` : undefined,
  };
}
