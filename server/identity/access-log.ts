import { db } from '../db/current.ts';
import { withTenant } from '../tenancy/with-tenant.ts';
import { insertAccess, lastAccess, type AccessEntry } from './access-log.repository.ts';
import { PORTAL_SITE, type PreviousAccess } from './types.ts';

/**
 * The access log of a site: a tenant's own table (through withTenant) or the platform's for
 * the Diputación portal.
 */
export async function recordAccess(site: string, entry: AccessEntry): Promise<void> {
  if (site === PORTAL_SITE) return insertAccess(db(), 'platform.access_log', entry);
  await withTenant({ slug: site }, (trx) => insertAccess(trx, 'access_log', entry));
}

/** Records a successful login and returns the access before it (null the first time). */
export async function recordLogin(site: string, entry: Omit<AccessEntry, 'outcome'>): Promise<PreviousAccess | null> {
  const run = async (k: Parameters<typeof insertAccess>[0], table: 'access_log' | 'platform.access_log') => {
    const previous = await lastAccess(k, table, entry.subject);
    await insertAccess(k, table, { ...entry, outcome: 'success' });
    return previous;
  };
  if (site === PORTAL_SITE) return db().transaction((trx) => run(trx, 'platform.access_log'));
  return withTenant({ slug: site }, (trx) => run(trx, 'access_log'));
}
