import { config } from '../config.ts';
import type { Language } from '../i18n/languages.ts';
import type { Tenant } from './types.ts';

/** What the API shows of a tenant, to the public and to the Diputación admin. */
export function publicSedeView(t: Tenant, lng: Language) {
  return {
    kind: 'sede' as const,
    slug: t.slug,
    name: t.names[lng] ?? t.name,
    names: t.names,
    languages: t.languages,
    defaultLanguage: t.defaultLanguage,
    ine: t.ine,
    dir3: t.dir3,
    cif: t.cif,
    branding: { ...t.branding, logoUrl: t.hasLogo ? '/api/sede/logo' : null },
  };
}

export function sedeUrl(t: Tenant, port = config().PORT): string {
  return `http://${t.slug}.${config().BASE_DOMAIN}${port === 80 ? '' : `:${port}`}/`;
}

export function sedeListItem(t: Tenant, lng: Language, port?: number) {
  return {
    slug: t.slug,
    name: t.names[lng] ?? t.name,
    names: t.names,
    url: sedeUrl(t, port),
    languages: t.languages,
    defaultLanguage: t.defaultLanguage,
    branding: { primaryColor: t.branding.primaryColor, logoUrl: t.hasLogo ? `${sedeUrl(t, port)}api/sede/logo` : null },
  };
}

export function adminTenantView(t: Tenant) {
  return {
    slug: t.slug, name: t.name, names: t.names, ine: t.ine, dir3: t.dir3, cif: t.cif, community: t.community,
    hostnames: t.hostnames, languages: t.languages, defaultLanguage: t.defaultLanguage, status: t.status,
    createdAt: t.createdAt, branding: t.branding,
  };
}
