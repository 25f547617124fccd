import { AsyncLocalStorage } from 'node:async_hooks';
import type { Knex } from 'knex';
import { db } from '../db/current.ts';
import { quotedSchema } from './schema-name.ts';

/**
 * THE ONLY DOOR TO TENANT DATA. Runs `fn` in a transaction whose first statement is
 * `SET LOCAL search_path TO "t_<slug>"`, so repositories use plain table names and the
 * setting dies with the transaction (never leaks to the next borrower of the connection).
 * A nested call for the same tenant reuses the open transaction; a nested call for another
 * tenant is refused: no query ever touches two tenant schemas.
 */
export interface TenantRef {
  slug: string;
}

const open = new AsyncLocalStorage<{ slug: string; trx: Knex.Transaction }>();

export async function withTenant<T>(tenant: TenantRef, fn: (trx: Knex.Transaction) => Promise<T>, opts: { within?: Knex.Transaction } = {}): Promise<T> {
  const active = open.getStore();
  if (active && !active.trx.isCompleted()) {
    if (active.slug !== tenant.slug) throw new Error(`withTenant(${tenant.slug}) inside withTenant(${active.slug})`);
    return fn(active.trx);
  }
  const run = async (trx: Knex.Transaction): Promise<T> => {
    await trx.raw(`SET LOCAL search_path TO ${quotedSchema(tenant.slug)}`);
    return open.run({ slug: tenant.slug, trx }, () => fn(trx));
  };
  // `within`: onboarding creates the platform row and the schema in one transaction.
  if (opts.within) return run(opts.within);
  return db().transaction(run);
}
