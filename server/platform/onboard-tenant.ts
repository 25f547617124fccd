import { catalogueFor } from '../catalogue/starter-catalogue.ts';
import { insertTramites } from '../catalogue/tramites.repository.ts';
import type { Festivo } from '../calendar/calendar.ts';
import { insertFestivos } from '../calendar/dias-inhabiles.repository.ts';
import { currentAndNextYear, officialFestivos } from '../calendar/seed-calendar.ts';
import { replaceOffices, type Office } from '../sede-info/sede-info.repository.ts';
import { dir3ForMunicipality } from '../codes/dir3.ts';
import { db } from '../db/current.ts';
import { Conflict, type FieldError } from '../errors/app-error.ts';
import { config } from '../config.ts';
import { createTenantSchema } from '../tenancy/tenant-schema.ts';
import { invalidateTenantDirectory } from '../tenancy/tenant-directory.ts';
import { withTenant } from '../tenancy/with-tenant.ts';
import { prepareSealCertificate, storeSealCertificate } from './seal-certificate.ts';
import type { OnboardTenantInput } from './tenants.schemas.ts';
import { audit, findTenant, insertTenant } from './tenants.repository.ts';
import type { Tenant } from './types.ts';

/**
 * Onboarding an ayuntamiento, all or nothing: the platform row, its hostnames, its schema
 * (migrated), its starter catalogue, its calendar and its seal certificate are created in ONE
 * transaction (Postgres DDL is transactional), so a failure leaves no schema and no row.
 */
export interface OnboardOptions {
  actor: string;
  catalogue?: string[];
  /** The ayuntamiento's fiestas locales (layer 'local'). */
  localHolidays?: Festivo[];
  /** Years whose national and autonomic días inhábiles are seeded: default this year and the next. */
  calendarYears?: number[];
  /** Offices that help with registration (LPAC 16.7), for the sede's information page. */
  offices?: Office[];
}

export async function onboardTenant(input: OnboardTenantInput, opts: OnboardOptions): Promise<Tenant> {
  const dir3 = input.dir3 ?? dir3ForMunicipality(input.ine);
  await refuseDuplicates(input, dir3);
  const seal = await prepareSealCertificate({ name: input.name, cif: input.cif, dir3 }, input.sealCertificate);
  const logo = input.logo && { bytes: Buffer.from(input.logo.base64, 'base64'), type: input.logo.mediaType };
  const names = { [input.defaultLanguage]: input.name, ...input.names };

  await db().transaction(async (trx) => {
    await insertTenant(trx, {
      slug: input.slug, name: input.name, names, ine: input.ine, dir3, cif: input.cif, community: input.community,
      languages: input.languages, defaultLanguage: input.defaultLanguage, branding: input.branding, hostnames: input.hostnames,
    }, logo);
    await createTenantSchema(trx, { slug: input.slug });
    await withTenant({ slug: input.slug }, async (tdb) => {
      await insertTramites(tdb, catalogueFor(opts.catalogue));
      const years = opts.calendarYears ?? currentAndNextYear();
      await insertFestivos(tdb, [...officialFestivos(input.community, years, input.languages), ...(opts.localHolidays ?? [])]);
      await storeSealCertificate(tdb, seal);
      await replaceOffices(tdb, opts.offices ?? []);
    }, { within: trx });
    await audit(trx, { actor: opts.actor, action: 'tenant.onboard', tenantSlug: input.slug, details: { ine: input.ine, dir3 } });
  });
  invalidateTenantDirectory();
  const created = await findTenant(db(), input.slug);
  if (!created) throw new Error('onboarded tenant not found');
  return created;
}

/** Friendly field errors before the unique constraints would fire (they still guard races). */
async function refuseDuplicates(input: OnboardTenantInput, dir3: string): Promise<void> {
  const fields: FieldError[] = [];
  const k = db();
  const clash = await k.withSchema('platform').table('tenants').where('slug', input.slug).orWhere('ine', input.ine).orWhere('dir3', dir3).select('slug', 'ine', 'dir3');
  if (clash.some((r) => r.slug === input.slug)) fields.push({ field: 'slug', key: 'validation:duplicate' });
  if (clash.some((r) => r.ine === input.ine || r.dir3 === dir3)) fields.push({ field: 'ine', key: 'validation:duplicate' });
  const base = config().BASE_DOMAIN;
  input.hostnames.forEach((h, i) => {
    if (h === base || h.endsWith(`.${base}`)) fields.push({ field: `hostnames.${i}`, key: 'validation:hostnameUnderBase' });
  });
  if (input.hostnames.length > 0) {
    const taken = await k.withSchema('platform').table('tenant_hostnames').whereIn('hostname', input.hostnames).pluck('hostname');
    input.hostnames.forEach((h, i) => { if (taken.includes(h)) fields.push({ field: `hostnames.${i}`, key: 'validation:duplicate' }); });
  }
  if (new Set(input.hostnames).size !== input.hostnames.length) fields.push({ field: 'hostnames', key: 'validation:duplicateHostname' });
  if (fields.length > 0) throw new Conflict('errors:tenantExists', fields);
}
