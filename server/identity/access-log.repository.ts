import type { Knex } from 'knex';
import type { AuthMethod, PreviousAccess, SessionLevel } from './types.ts';

/**
 * Access log rows (ENS op.acc.5): `access_log` of a tenant (inside withTenant) or
 * `platform.access_log` for the Diputación's admins — same columns, table passed in.
 */
export type AccessLogTable = 'access_log' | 'platform.access_log';

export interface AccessEntry {
  subject: string;
  method: AuthMethod;
  level?: SessionLevel;
  outcome: 'success' | 'failure';
  reason?: string;
  ip?: string;
}

export async function insertAccess(db: Knex | Knex.Transaction, table: AccessLogTable, e: AccessEntry): Promise<void> {
  await db.table(table).insert({ subject: e.subject, method: e.method, level: e.level ?? null, outcome: e.outcome, reason: e.reason ?? null, ip: e.ip ?? null });
}

/** The last successful access of a subject, and the failures recorded after it. */
export async function lastAccess(db: Knex | Knex.Transaction, table: AccessLogTable, subject: string): Promise<PreviousAccess | null> {
  const r = await db.raw(
    `SELECT s.at, s.method,
       (SELECT count(*) FROM ${table} f WHERE f.subject = s.subject AND f.outcome = 'failure' AND f.at > s.at) AS failures
     FROM ${table} s WHERE s.subject = ? AND s.outcome = 'success' ORDER BY s.at DESC LIMIT 1`,
    [subject],
  );
  const row = r.rows[0] as { at: Date; method: AuthMethod; failures: number } | undefined;
  return row ? { at: row.at.toISOString(), method: row.method, failuresSince: Number(row.failures) } : null;
}

/** Records a successful access and returns the one before it, in one statement. */
export async function insertSuccessReturningPrevious(db: Knex | Knex.Transaction, table: AccessLogTable, e: Omit<AccessEntry, 'outcome' | 'reason'>): Promise<PreviousAccess | null> {
  const r = await db.raw(
    `WITH prev AS (
       SELECT s.at, s.method,
         (SELECT count(*) FROM ${table} f WHERE f.subject = s.subject AND f.outcome = 'failure' AND f.at > s.at) AS failures
       FROM ${table} s WHERE s.subject = ? AND s.outcome = 'success' ORDER BY s.at DESC LIMIT 1
     ), ins AS (
       INSERT INTO ${table} (subject, method, level, outcome, ip) VALUES (?, ?, ?, 'success', ?)
     )
     SELECT at, method, failures FROM prev`,
    [e.subject, e.subject, e.method, e.level ?? null, e.ip ?? null],
  );
  const row = r.rows[0] as { at: Date; method: AuthMethod; failures: number } | undefined;
  return row ? { at: row.at.toISOString(), method: row.method, failuresSince: Number(row.failures) } : null;
}
