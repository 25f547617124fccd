import type { Knex } from 'knex';
import type { StaffRole } from './types.ts';

/**
 * Password + TOTP accounts: an ayuntamiento's `staff_accounts` (inside withTenant) and the
 * Diputación's `platform.platform_admins`. Same columns except the staff's roles.
 */
export type AccountTable = 'staff_accounts' | 'platform.platform_admins';

export interface AccountRow {
  id: number;
  username: string;
  name: string;
  nif: string | null;
  email: string | null;
  roles?: StaffRole[];
  password_hash: string | null;
  totp_secret: string | null;
  totp_last_step: number | null;
  failed_logins: number;
  locked_until: Date | null;
  active: boolean;
}

export interface NewAccount {
  username: string;
  name: string;
  nif?: string;
  email?: string;
  roles?: StaffRole[];
  passwordHash?: string;
  totpSecret?: string;
}

export async function findAccount(db: Knex | Knex.Transaction, table: AccountTable, by: { username: string } | { nif: string }): Promise<AccountRow | undefined> {
  const where = 'username' in by ? { username: by.username.trim().toLowerCase() } : { nif: by.nif };
  return (await db.table(table).where(where).first()) as AccountRow | undefined;
}

export async function insertAccount(db: Knex | Knex.Transaction, table: AccountTable, a: NewAccount): Promise<number> {
  const [row] = await db.table(table).insert({
    username: a.username.trim().toLowerCase(), name: a.name, nif: a.nif ?? null, email: a.email ?? null,
    ...(table === 'staff_accounts' ? { roles: a.roles ?? [] } : {}),
    password_hash: a.passwordHash ?? null, totp_secret: a.totpSecret ?? null,
  }).returning('id');
  return (row as { id: number }).id;
}

/** One more failure; at `lockAfter` failures the account is locked for `lockMinutes`. */
export async function recordAccountFailure(db: Knex | Knex.Transaction, table: AccountTable, id: number, lockAfter: number, lockMinutes: number): Promise<void> {
  await db.raw(
    `UPDATE ${table} SET failed_logins = failed_logins + 1,
       locked_until = CASE WHEN failed_logins + 1 >= ? THEN now() + make_interval(mins => ?) ELSE locked_until END
     WHERE id = ?`,
    [lockAfter, lockMinutes, id],
  );
}

/**
 * Success: failures reset and the TOTP step recorded — only if it is newer than the last one
 * (false means the code was just used by a concurrent login: a replay).
 */
export async function recordAccountSuccess(db: Knex | Knex.Transaction, table: AccountTable, id: number, totpStep: number | null): Promise<boolean> {
  const r = await db.raw(
    `UPDATE ${table} SET failed_logins = 0, locked_until = NULL, totp_last_step = COALESCE(?, totp_last_step)
     WHERE id = ? AND (?::bigint IS NULL OR totp_last_step IS NULL OR totp_last_step < ?)`,
    [totpStep, id, totpStep, totpStep],
  );
  return (r.rowCount ?? 0) > 0;
}

/** Unlocks after an account's lock expired (so the count starts again). */
export async function clearExpiredLock(db: Knex | Knex.Transaction, table: AccountTable, id: number): Promise<void> {
  await db.raw(`UPDATE ${table} SET failed_logins = 0, locked_until = NULL WHERE id = ? AND locked_until <= now()`, [id]);
}
