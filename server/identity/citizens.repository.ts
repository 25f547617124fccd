import type { Knex } from 'knex';

/** A tenant's `citizen_accounts` and `pin_codes` (inside withTenant). */
export interface CitizenAccountRow {
  nif: string;
  full_name: string;
  email: string | null;
  email_verified_at: Date | null;
  pin_failures: number;
  pin_locked_until: Date | null;
}

export type PinPurpose = 'login' | 'verify-email';

export interface PinCodeRow {
  id: number;
  nif: string;
  purpose: PinPurpose;
  email: string;
  code_hash: Buffer;
  attempts: number;
  expires_at: Date;
}

export async function findCitizen(db: Knex.Transaction, nif: string): Promise<CitizenAccountRow | undefined> {
  return (await db.table('citizen_accounts').where({ nif }).first()) as CitizenAccountRow | undefined;
}

/** Creates the account or renames it (the certificate's name wins); a new address starts unverified. */
export async function upsertCitizen(db: Knex.Transaction, nif: string, fullName: string, email?: string): Promise<void> {
  await db.raw(
    `INSERT INTO citizen_accounts (nif, full_name, email) VALUES (?, ?, ?)
     ON CONFLICT (nif) DO UPDATE SET full_name = EXCLUDED.full_name, updated_at = now(),
       email = COALESCE(EXCLUDED.email, citizen_accounts.email),
       email_verified_at = CASE WHEN EXCLUDED.email IS NULL OR EXCLUDED.email = citizen_accounts.email THEN citizen_accounts.email_verified_at ELSE NULL END`,
    [nif, fullName, email ?? null],
  );
}

export async function markEmailVerified(db: Knex.Transaction, nif: string, email: string): Promise<boolean> {
  return (await db.table('citizen_accounts').where({ nif, email }).update({ email_verified_at: db.raw('now()'), updated_at: db.raw('now()') })) > 0;
}

export async function removeEmail(db: Knex.Transaction, nif: string): Promise<void> {
  await db.table('citizen_accounts').where({ nif }).update({ email: null, email_verified_at: null, updated_at: db.raw('now()') });
  await db.table('pin_codes').where({ nif }).whereNull('used_at').update({ used_at: db.raw('clock_timestamp()') });
}

/** A new code replaces the unused ones of the same purpose. */
export async function insertPinCode(db: Knex.Transaction, c: { nif: string; purpose: PinPurpose; email: string; codeHash: Buffer; ttlMinutes: number }): Promise<void> {
  await db.table('pin_codes').where({ nif: c.nif, purpose: c.purpose }).whereNull('used_at').update({ used_at: db.raw('clock_timestamp()') });
  await db.raw(
    `INSERT INTO pin_codes (nif, purpose, email, code_hash, expires_at) VALUES (?, ?, ?, ?, clock_timestamp() + make_interval(mins => ?))`,
    [c.nif, c.purpose, c.email, c.codeHash, c.ttlMinutes],
  );
}

/** The live code of a purpose (unused, unexpired), locked for this transaction. */
export async function livePinCode(db: Knex.Transaction, nif: string, purpose: PinPurpose): Promise<PinCodeRow | undefined> {
  const r = await db.raw(
    `SELECT id, nif, purpose, email, code_hash, attempts, expires_at FROM pin_codes
     WHERE nif = ? AND purpose = ? AND used_at IS NULL AND expires_at > clock_timestamp() ORDER BY created_at DESC LIMIT 1 FOR UPDATE`,
    [nif, purpose],
  );
  return r.rows[0] as PinCodeRow | undefined;
}

export async function spendPinCode(db: Knex.Transaction, id: number): Promise<void> {
  await db.table('pin_codes').where({ id }).update({ used_at: db.raw('clock_timestamp()') });
}

/** One wrong try: the code dies after `maxAttempts`. */
export async function countWrongPin(db: Knex.Transaction, id: number, maxAttempts: number): Promise<void> {
  await db.raw(`UPDATE pin_codes SET attempts = attempts + 1, used_at = CASE WHEN attempts + 1 >= ? THEN clock_timestamp() ELSE used_at END WHERE id = ?`, [maxAttempts, id]);
}

/** One more failure on the account; at `lockAfter` the PIN door is locked for `lockMinutes`. */
export async function countPinFailure(db: Knex.Transaction, nif: string, lockAfter: number, lockMinutes: number): Promise<boolean> {
  const r = await db.raw(
    `UPDATE citizen_accounts SET pin_failures = pin_failures + 1,
       pin_locked_until = CASE WHEN pin_failures + 1 >= ? THEN now() + make_interval(mins => ?) ELSE pin_locked_until END
     WHERE nif = ? RETURNING pin_locked_until`,
    [lockAfter, lockMinutes, nif],
  );
  return !!r.rows[0]?.pin_locked_until;
}

export async function resetPinFailures(db: Knex.Transaction, nif: string): Promise<void> {
  await db.table('citizen_accounts').where({ nif }).update({ pin_failures: 0, pin_locked_until: null });
}
