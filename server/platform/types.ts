import type { Language } from '../i18n/languages.ts';

export interface Address {
  street: string;
  postalCode: string;
  city: string;
  province: string;
}

export interface Branding {
  primaryColor: string;
  secondaryColor: string;
  address: Address;
  phone?: string;
  email?: string;
  web?: string;
}

/** An ayuntamiento hosted by the platform. */
export interface Tenant {
  id: number;
  slug: string;
  name: string;
  names: Partial<Record<Language, string>>;
  ine: string;
  dir3: string;
  cif: string;
  community: string;
  languages: Language[];
  defaultLanguage: Language;
  branding: Branding;
  hasLogo: boolean;
  status: 'active' | 'suspended';
  hostnames: string[];
  createdAt: string;
}

/** What a request's Host points at: the Diputación portal or one ayuntamiento's sede. */
export type Site = { kind: 'portal' } | { kind: 'sede'; tenant: Tenant };
