import { db } from '../db/current.ts';
import { insertAccess, insertSuccessReturningPrevious, type AccessEntry } from './access-log.repository.ts';
import type { PreviousAccess } from './types.ts';

/** The access log of a site (tenant slug or @portal), kept in the platform schema. */
export async function recordAccess(site: string, entry: AccessEntry): Promise<void> {
  await insertAccess(db(), site, entry);
}

/** Records a successful login and returns the access before it (null the first time). */
export function recordLogin(site: string, entry: Omit<AccessEntry, 'outcome'>): Promise<PreviousAccess | null> {
  return insertSuccessReturningPrevious(db(), site, entry);
}
