/** Shapes of the JSON API the client reads (see docs of GET /api/sede, /api/sedes, /api/communities). */

export type Language = 'es' | 'ca' | 'eu';

export const LANGUAGES: readonly Language[] = ['es', 'ca', 'eu'];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export interface Address {
  street: string;
  postalCode: string;
  city: string;
  province: string;
}

export interface Branding {
  primaryColor: string;
  secondaryColor: string;
  logoUrl: string | null;
  address?: Partial<Address> | null;
  phone?: string | null;
  email?: string | null;
  web?: string | null;
}

interface SedeInfoBase {
  name: string;
  names?: Partial<Record<Language, string>>;
  languages: Language[];
  defaultLanguage: Language;
  branding: Branding;
}

/** GET /api/sede on an ayuntamiento's host. */
export interface TenantSede extends SedeInfoBase {
  kind: 'sede';
  slug: string;
  ine?: string;
  dir3?: string;
  cif?: string;
}

/** GET /api/sede on the Diputación's bare host. */
export interface PortalSede extends SedeInfoBase {
  kind: 'portal';
}

export type SedeInfo = TenantSede | PortalSede;

/** One item of GET /api/sedes. */
export interface SedeSummary {
  slug: string;
  name: string;
  names?: Partial<Record<Language, string>>;
  url: string;
  languages: Language[];
  defaultLanguage: Language;
  branding: { primaryColor: string; logoUrl: string | null };
}

export interface ItemList<T> {
  items: T[];
}

/** One item of GET /api/communities (name already in the request's language). */
export interface Community {
  code: string;
  name: string;
}

/** The name to show in a given language: `names[lng]`, else the default `name`. */
export function localName(entity: { name: string; names?: Partial<Record<Language, string>> }, lng: Language | null): string {
  return (lng && entity.names?.[lng]) || entity.name;
}
