import type { Knex } from 'knex';
import { db } from '../db/current.ts';
import { logger } from '../log.ts';
import type { Site } from '../platform/types.ts';
import { withTenant } from '../tenancy/with-tenant.ts';
import { recordAccess } from './access-log.ts';
import { clearExpiredLock, findAccount, recordAccountFailure, recordAccountSuccess, type AccountRow, type AccountTable } from './accounts.repository.ts';
import { AccountLocked, LoginFailed } from './identity.errors.ts';
import { verifyPassword } from './passwords.ts';
import { assertNotBlocked, consume, type ThrottleRule } from './throttle.ts';
import { checkTotp } from './totp.ts';
import { PORTAL_SITE, type ProvedLogin } from './types.ts';

/**
 * Staff (on a sede host) and Diputación admins (on the portal host): user name, password and
 * a TOTP code. One message for every wrong answer; 5 failures lock the account for 15
 * minutes; 30 failures from one network address in 15 minutes block that address.
 */
export const PASSWORD_LOCK_AFTER = 5;
export const PASSWORD_LOCK_MINUTES = 15;
const PER_ADDRESS: ThrottleRule = { limit: 30, windowSeconds: 900, blockSeconds: 900, key: 'errors:login.tooManyFromAddress' };

export interface PasswordLoginInput {
  username: string;
  password: string;
  totp: string;
}

export async function passwordLogin(site: Site, input: PasswordLoginInput, ip: string | undefined): Promise<ProvedLogin> {
  const ipKey = `password-ip:${ip ?? 'unknown'}`;
  await assertNotBlocked(ipKey, PER_ADDRESS);
  const table: AccountTable = site.kind === 'sede' ? 'staff_accounts' : 'platform.platform_admins';
  const inSite = <T>(fn: (k: Knex | Knex.Transaction) => Promise<T>): Promise<T> =>
    site.kind === 'sede' ? withTenant(site.tenant, fn) : fn(db());
  const siteId = site.kind === 'sede' ? site.tenant.slug : PORTAL_SITE;

  const account = await inSite((k) => findAccount(k, table, { username: input.username }));
  const fail = async (reason: string, row?: AccountRow): Promise<never> => {
    if (row) {
      await inSite((k) => recordAccountFailure(k, table, row.id, PASSWORD_LOCK_AFTER, PASSWORD_LOCK_MINUTES));
      await recordAccess(siteId, { subject: subjectFor(site, row), method: 'password-totp', outcome: 'failure', reason, ip });
    }
    logger().info({ site: siteId, reason, account: row?.id }, 'password login refused');
    await consume(ipKey, PER_ADDRESS);
    throw new LoginFailed();
  };

  if (account?.locked_until) {
    const left = account.locked_until.getTime() - Date.now();
    if (left > 0) throw new AccountLocked('errors:login.locked', left / 1000);
    await inSite((k) => clearExpiredLock(k, table, account.id));
  }
  const passwordOk = await verifyPassword(input.password, account?.password_hash);
  if (!account || !account.active || !passwordOk) return fail(account ? (account.active ? 'password' : 'inactive') : 'unknown-user', account);
  const step = account.totp_secret ? await checkTotp(account.totp_secret, input.totp.trim(), account.totp_last_step) : undefined;
  if (step === undefined) return fail('totp', account);
  if (!(await inSite((k) => recordAccountSuccess(k, table, account.id, step)))) return fail('totp-replay', account);

  const auth = { method: 'password-totp' as const, levelOfAssurance: 'sustancial' as const, at: new Date().toISOString() };
  const base = { fullName: account.name, ...(account.nif ? { nif: account.nif } : {}), username: account.username, auth };
  if (site.kind === 'sede') return { kind: 'staff', site: site.tenant.slug, staffId: account.id, roles: account.roles ?? [], ...base };
  return { kind: 'platform-admin', site: PORTAL_SITE, adminId: account.id, ...base };
}

const subjectFor = (site: Site, row: AccountRow): string => (site.kind === 'sede' ? `staff:${row.id}` : `admin:${row.id}`);
