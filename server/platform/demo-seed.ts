import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Festivo } from '../calendar/calendar.ts';
import { db } from '../db/current.ts';
import type { Language } from '../i18n/languages.ts';
import { fromRoot } from '../paths.ts';
import { onboardTenant } from './onboard-tenant.ts';
import { OnboardTenant, type OnboardTenantInput } from './tenants.schemas.ts';
import { findTenant } from './tenants.repository.ts';
import type { Office } from '../sede-info/sede-info.repository.ts';

/**
 * The demo ayuntamientos in tenants/<slug>/tenant.json (data only), onboarded through the
 * same door as any other: validation, schema, catalogue, calendar, seal certificate.
 */
interface TenantFile {
  catalogue?: string[];
  localHolidays?: { date: string; layer?: 'local' | 'autonomic' | 'national'; names: Partial<Record<Language, string>> }[];
  offices?: Office[];
  logo?: string;
  demoValues?: Record<string, string>;
  [key: string]: unknown;
}

export function demoTenantSlugs(): string[] {
  return readdirSync(fromRoot('tenants'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
    .map((d) => d.name)
    .sort();
}

export function readTenantFile(slug: string): { input: OnboardTenantInput; catalogue?: string[]; localHolidays: Festivo[]; offices?: Office[] } {
  const dir = fromRoot('tenants', slug);
  const { catalogue, localHolidays, offices, logo, demoValues: _demo, ...fields } = JSON.parse(readFileSync(path.join(dir, 'tenant.json'), 'utf8')) as TenantFile;
  const logoField = logo && {
    mediaType: logo.endsWith('.svg') ? 'image/svg+xml' : 'image/png',
    base64: readFileSync(path.join(dir, logo)).toString('base64'),
  };
  const input = OnboardTenant.parse({ ...fields, ...(logoField && { logo: logoField }) });
  return { input, catalogue, offices, localHolidays: (localHolidays ?? []).map((h) => ({ date: h.date, layer: h.layer ?? 'local', names: h.names })) };
}

/** Onboards every demo tenant that is not there yet; returns the slugs created. */
export async function seedDemoTenants(onProgress?: (slug: string, created: boolean) => void): Promise<string[]> {
  const created: string[] = [];
  for (const slug of demoTenantSlugs()) {
    if (await findTenant(db(), slug)) {
      onProgress?.(slug, false);
      continue;
    }
    const { input, catalogue, localHolidays, offices } = readTenantFile(slug);
    await onboardTenant(input, { actor: 'demo-seed', catalogue, localHolidays, offices });
    created.push(slug);
    onProgress?.(slug, true);
  }
  return created;
}
