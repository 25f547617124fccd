import { readFileSync } from 'node:fs';
import type { Language } from '../i18n/languages.ts';
import { fromRoot } from '../paths.ts';
import type { Branding } from './types.ts';

/** The Diputación's own portal (the bare base domain): data in tenants/_portal/portal.json. */
export interface PortalProfile {
  name: string;
  names: Partial<Record<Language, string>>;
  defaultLanguage: Language;
  branding: Branding;
}

let cached: PortalProfile | undefined;

export function portalProfile(): PortalProfile {
  cached ??= JSON.parse(readFileSync(fromRoot('tenants', '_portal', 'portal.json'), 'utf8')) as PortalProfile;
  return cached;
}
