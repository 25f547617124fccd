import type { Address, Language } from '../api/sede.types';

export type TenantStatus = 'active' | 'suspended';

/** One item of GET /api/admin/tenants. */
export interface Tenant {
  slug: string;
  name: string;
  ine: string;
  dir3: string;
  cif: string;
  community: string;
  hostnames: string[];
  languages: Language[];
  defaultLanguage: Language;
  status: TenantStatus;
  createdAt: string;
}

/** Body of POST /api/admin/tenants. */
export interface NewTenant {
  slug: string;
  name: string;
  ine: string;
  cif: string;
  dir3?: string;
  community: string;
  hostnames: string[];
  languages: Language[];
  defaultLanguage: Language;
  branding: {
    primaryColor: string;
    secondaryColor: string;
    address: Address;
    phone: string;
    email: string;
    web: string;
  };
}
