import { randomBytes } from 'node:crypto';
import type { Express } from 'express';
import { createApp } from '../../server/app.ts';
import { openDatabase, type Database } from '../../server/db/database.ts';
import { installDatabase } from '../../server/db/current.ts';
import { migratePlatform } from '../../server/db/platform-schema.ts';
import { onboardTenant } from '../../server/platform/onboard-tenant.ts';
import { OnboardTenant, type OnboardTenantInput } from '../../server/platform/tenants.schemas.ts';
import type { Tenant } from '../../server/platform/types.ts';
import { ineCheckDigit } from '../../server/codes/ine.ts';
import { cifControl } from '../../server/codes/cif.ts';

/**
 * Test wiring: a real Postgres (global-setup put its URL in DATABASE_URL), the platform schema
 * migrated, the pool installed, and an app. Each test file gets fresh tenants with unique
 * slugs and codes from createTestTenant().
 */
export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';
// global-setup puts the same token in PLATFORM_ADMIN_TOKEN.

export async function startTestApp(opts: { poolMax?: number } = {}): Promise<{ app: Express; database: Database }> {
  const database = await openDatabase({ poolMax: opts.poolMax ?? 4 });
  installDatabase(database.knex);
  await migratePlatform(database.knex);
  return { app: createApp(), database };
}

let counter = 0;

/** Unique, valid codes: INE in a real province range, a CIF with the right control letter. */
export function uniqueCodes(): { slug: string; ine: string; cif: string } {
  const n = (Number.parseInt(randomBytes(3).toString('hex'), 16) + counter++) % 1000;
  const province = String(1 + (Number.parseInt(randomBytes(1).toString('hex'), 16) % 50)).padStart(2, '0');
  const ine5 = `${province}${String(n).padStart(3, '0')}`;
  const cifBase = `P${ine5}00`;
  return { slug: `t${randomBytes(4).toString('hex')}`, ine: `${ine5}${ineCheckDigit(ine5)}`, cif: `${cifBase}${cifControl(cifBase).letter}` };
}

export function onboardingBody(overrides: Partial<Record<keyof OnboardTenantInput, unknown>> = {}): Record<string, unknown> {
  const codes = uniqueCodes();
  return {
    slug: codes.slug,
    name: `Ayuntamiento de Prueba ${codes.slug}`,
    ine: codes.ine,
    cif: codes.cif,
    community: 'EX',
    hostnames: [],
    languages: ['es'],
    defaultLanguage: 'es',
    branding: {
      primaryColor: '#00843D', secondaryColor: '#C8102E',
      address: { street: 'Plaza Mayor, 1', postalCode: '06810', city: 'Prueba', province: 'Badajoz' },
      phone: '924 000 000', email: 'info@prueba.example', web: 'https://prueba.example',
    },
    ...overrides,
  };
}

export async function createTestTenant(overrides: Partial<Record<keyof OnboardTenantInput, unknown>> = {}): Promise<Tenant> {
  const input = OnboardTenant.parse(onboardingBody(overrides));
  return onboardTenant(input, { actor: 'test' });
}

export const hostFor = (t: { slug: string }) => `${t.slug}.sede.localhost`;
