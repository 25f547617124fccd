import { config } from '../config.ts';
import { db } from '../db/current.ts';
import { listTenants } from '../platform/tenants.repository.ts';
import type { Site, Tenant } from '../platform/types.ts';

/**
 * Host → site, answered from memory: the tenants and their hostnames are loaded once and
 * reloaded after every change made by this process, and at most every few seconds otherwise
 * (changes made by another process of the deployment).
 */
const TTL_MS = 5_000;

let bySlug = new Map<string, Tenant>();
let byHostname = new Map<string, Tenant>();
let loadedAt = 0;
let loading: Promise<void> | undefined;

async function reload(): Promise<void> {
  const tenants = await listTenants(db());
  bySlug = new Map(tenants.map((t) => [t.slug, t]));
  byHostname = new Map(tenants.flatMap((t) => t.hostnames.map((h) => [h, t] as const)));
  loadedAt = Date.now();
}

async function fresh(): Promise<void> {
  if (Date.now() - loadedAt < TTL_MS) return;
  loading ??= reload().finally(() => { loading = undefined; });
  await loading;
}

export function invalidateTenantDirectory(): void {
  loadedAt = 0;
}

export function hostnameOf(hostHeader: string | undefined): string {
  return (hostHeader ?? '').trim().toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
}

/**
 * The site a Host header points at, or undefined for an unknown host. Synchronous while the
 * directory is fresh (the hot path of every request); `resolveSite` reloads it first if needed.
 */
export function resolveSiteNow(hostHeader: string | undefined): Site | undefined {
  const host = hostnameOf(hostHeader);
  const base = config().BASE_DOMAIN;
  if (host === base || host === 'localhost' || host === '127.0.0.1' || host === '[::1]') return { kind: 'portal' };
  const custom = byHostname.get(host);
  if (custom) return { kind: 'sede', tenant: custom };
  if (host.endsWith(`.${base}`)) {
    const tenant = bySlug.get(host.slice(0, -(base.length + 1)));
    if (tenant) return { kind: 'sede', tenant };
  }
  return undefined;
}

export function directoryIsFresh(): boolean {
  return Date.now() - loadedAt < TTL_MS;
}

export async function resolveSite(hostHeader: string | undefined): Promise<Site | undefined> {
  await fresh();
  return resolveSiteNow(hostHeader);
}

export async function tenantBySlug(slug: string): Promise<Tenant | undefined> {
  await fresh();
  return bySlug.get(slug);
}
