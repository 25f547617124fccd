import type { Knex } from 'knex';
import { db } from '../db/current.ts';
import { withTenant } from '../tenancy/with-tenant.ts';
import { insertAccess, insertSuccessReturningPrevious, type AccessEntry, type AccessLogTable } from './access-log.repository.ts';
import { PORTAL_SITE, type PreviousAccess } from './types.ts';

/**
 * The access log of a site: a tenant's own table (through withTenant) or the platform's for
 * the Diputación portal.
 */
const tableOf = (site: string): AccessLogTable => (site === PORTAL_SITE ? 'platform.access_log' : 'access_log');

/** A transaction on the site's data: withTenant for a sede, a plain one for the portal. */
export function inSiteTransaction<T>(site: string, fn: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
  return site === PORTAL_SITE ? db().transaction(fn) : withTenant({ slug: site }, fn);
}

export async function recordAccess(site: string, entry: AccessEntry): Promise<void> {
  await inSiteTransaction(site, (trx) => insertAccess(trx, tableOf(site), entry));
}

/** Records a successful login and returns the access before it (null the first time). */
export function recordLogin(site: string, entry: Omit<AccessEntry, 'outcome'>): Promise<PreviousAccess | null> {
  return inSiteTransaction(site, (trx) => recordLoginIn(trx, site, entry));
}

/** The same inside an open transaction of the site. */
export function recordLoginIn(trx: Knex.Transaction, site: string, entry: Omit<AccessEntry, 'outcome'>): Promise<PreviousAccess | null> {
  return insertSuccessReturningPrevious(trx, tableOf(site), entry);
}
