import type { Knex } from 'knex';
import type { Language } from '../i18n/languages.ts';
import type { Branding, Tenant } from './types.ts';

/** Platform-level rows of the tenants (schema `platform`, always qualified). */
export interface TenantRow {
  id: number;
  slug: string;
  name: string;
  names: Partial<Record<Language, string>>;
  ine: string;
  dir3: string;
  cif: string;
  community: string;
  languages: Language[];
  default_language: Language;
  branding: Branding;
  has_logo: boolean;
  status: 'active' | 'suspended';
  hostnames: string[] | null;
  created_at: Date;
}

const COLUMNS = `t.id, t.slug, t.name, t.names, t.ine, t.dir3, t.cif, t.community, t.languages, t.default_language,
  t.branding, (t.logo IS NOT NULL) AS has_logo, t.status, t.created_at,
  COALESCE(array_agg(h.hostname ORDER BY h.hostname) FILTER (WHERE h.hostname IS NOT NULL), '{}') AS hostnames`;

export function toTenant(r: TenantRow): Tenant {
  return {
    id: r.id, slug: r.slug, name: r.name, names: r.names, ine: r.ine, dir3: r.dir3, cif: r.cif, community: r.community,
    languages: r.languages, defaultLanguage: r.default_language, branding: r.branding, hasLogo: r.has_logo, status: r.status,
    hostnames: r.hostnames ?? [], createdAt: r.created_at.toISOString(),
  };
}

export async function listTenants(db: Knex | Knex.Transaction): Promise<Tenant[]> {
  const r = await db.raw(`SELECT ${COLUMNS} FROM platform.tenants t LEFT JOIN platform.tenant_hostnames h ON h.tenant_id = t.id GROUP BY t.id ORDER BY t.name`);
  return (r.rows as TenantRow[]).map(toTenant);
}

export async function findTenant(db: Knex | Knex.Transaction, slug: string): Promise<Tenant | undefined> {
  const r = await db.raw(`SELECT ${COLUMNS} FROM platform.tenants t LEFT JOIN platform.tenant_hostnames h ON h.tenant_id = t.id WHERE t.slug = ? GROUP BY t.id`, [slug]);
  const row = r.rows[0] as TenantRow | undefined;
  return row && toTenant(row);
}

export async function insertTenant(trx: Knex.Transaction, t: Omit<Tenant, 'id' | 'hasLogo' | 'status' | 'createdAt'>, logo?: { bytes: Buffer; type: string }): Promise<number> {
  const [row] = await trx.withSchema('platform').table('tenants').insert({
    slug: t.slug, name: t.name, names: t.names, ine: t.ine, dir3: t.dir3, cif: t.cif, community: t.community,
    languages: t.languages, default_language: t.defaultLanguage, branding: t.branding,
    logo: logo?.bytes ?? null, logo_type: logo?.type ?? null,
  }).returning('id');
  const id = (row as { id: number }).id;
  if (t.hostnames.length > 0) {
    await trx.withSchema('platform').table('tenant_hostnames').insert(t.hostnames.map((hostname) => ({ hostname, tenant_id: id })));
  }
  return id;
}

export async function setTenantStatus(db: Knex | Knex.Transaction, slug: string, status: Tenant['status']): Promise<boolean> {
  const n = await db.withSchema('platform').table('tenants').where({ slug }).update({ status, updated_at: db.raw('now()') });
  return n > 0;
}

export async function deleteTenantRow(trx: Knex.Transaction, slug: string): Promise<boolean> {
  return (await trx.withSchema('platform').table('tenants').where({ slug }).delete()) > 0;
}

export async function tenantLogo(db: Knex, slug: string): Promise<{ bytes: Buffer; type: string } | undefined> {
  const row = await db.withSchema('platform').table('tenants').where({ slug }).first('logo', 'logo_type');
  return row?.logo ? { bytes: row.logo as Buffer, type: row.logo_type as string } : undefined;
}

export async function audit(db: Knex | Knex.Transaction, entry: { actor: string; action: string; tenantSlug?: string; details?: object }): Promise<void> {
  await db.withSchema('platform').table('audit_log').insert({ actor: entry.actor, action: entry.action, tenant_slug: entry.tenantSlug ?? null, details: entry.details ?? {} });
}
