import type { Knex } from 'knex';
import { preparedQuery } from '../db/prepared.ts';
import type { AuthMethod, PreviousAccess, SessionLevel } from './types.ts';

/**
 * `platform.access_log` (ENS op.acc.5): every login and failed attempt of every site — a
 * tenant slug or @portal — keyed by person (`citizen:<nif>`, `staff:<id>`, `admin:<id>`).
 */
export interface AccessEntry {
  subject: string;
  method: AuthMethod;
  level?: SessionLevel;
  outcome: 'success' | 'failure';
  reason?: string;
  ip?: string;
}

export async function insertAccess(db: Knex | Knex.Transaction, site: string, e: AccessEntry): Promise<void> {
  await db.withSchema('platform').table('access_log').insert({
    site, subject: e.subject, method: e.method, level: e.level ?? null, outcome: e.outcome, reason: e.reason ?? null, ip: e.ip ?? null,
  });
}

/** The previous success of `subject` on `site` and the failures after it, as selected by PREVIOUS_SQL. */
const PREVIOUS_SQL = `
  SELECT s.at, s.method,
    (SELECT count(*) FROM platform.access_log f WHERE f.site = s.site AND f.subject = s.subject AND f.outcome = 'failure' AND f.at > s.at) AS failures
  FROM platform.access_log s WHERE s.site = ? AND s.subject = ? AND s.outcome = 'success' ORDER BY s.at DESC LIMIT 1`;

type PreviousRow = { at: Date | null; method: AuthMethod | null; failures: number | null };

export function toPreviousAccess(row: PreviousRow | undefined): PreviousAccess | null {
  return row?.at && row.method ? { at: row.at.toISOString(), method: row.method, failuresSince: Number(row.failures ?? 0) } : null;
}

/** Records a successful access and returns the one before it, in one statement. */
export async function insertSuccessReturningPrevious(db: Knex | Knex.Transaction, site: string, e: Omit<AccessEntry, 'outcome' | 'reason'>): Promise<PreviousAccess | null> {
  const r = await db.raw(
    `WITH prev AS (${PREVIOUS_SQL}),
     ins AS (INSERT INTO platform.access_log (site, subject, method, level, outcome, ip) VALUES (?, ?, ?, ?, 'success', ?))
     SELECT at, method, failures FROM prev`,
    [site, e.subject, site, e.subject, e.method, e.level ?? null, e.ip ?? null],
  );
  return toPreviousAccess(r.rows[0]);
}

/**
 * A certificate login's exchange in ONE statement: the ticket is spent (unused, unexpired, this
 * host, this browser's state, this site) and the access recorded; returns the ticket's payload
 * and the previous access, or nothing when the ticket does not qualify (and then nothing is
 * written). A prepared statement: it runs at every certificate login.
 */
const SPEND_TICKET_SQL = `
  WITH t AS (
    UPDATE platform.login_tickets SET used_at = clock_timestamp()
    WHERE ticket_hash = $1 AND used_at IS NULL AND expires_at > clock_timestamp() AND hostname = $2 AND state_hash = $3 AND site = $4
    RETURNING payload, subject
  ),
  prev AS (
    SELECT s.at, s.method,
      (SELECT count(*) FROM platform.access_log f WHERE f.site = s.site AND f.subject = s.subject AND f.outcome = 'failure' AND f.at > s.at) AS failures
    FROM platform.access_log s WHERE s.site = $4 AND s.subject = (SELECT subject FROM t) AND s.outcome = 'success' ORDER BY s.at DESC LIMIT 1
  ),
  ins AS (
    INSERT INTO platform.access_log (site, subject, method, level, outcome, ip)
    SELECT $4, t.subject, t.payload->'login'->'auth'->>'method', t.payload->'login'->'auth'->>'levelOfAssurance', 'success', $5 FROM t
  )
  SELECT t.payload, prev.at, prev.method, prev.failures FROM t LEFT JOIN prev ON true`;

export async function spendTicketRecordingAccess(db: Knex, t: { ticketHash: Buffer; hostname: string; stateHash: Buffer; site: string; ip?: string }): Promise<{ payload: unknown; previous: PreviousAccess | null } | undefined> {
  const r = await preparedQuery<PreviousRow & { payload: unknown }>(db, 'identity_spend_ticket', SPEND_TICKET_SQL, [t.ticketHash, t.hostname, t.stateHash, t.site, t.ip ?? null]);
  const row = r.rows[0];
  return row ? { payload: row.payload, previous: toPreviousAccess(row) } : undefined;
}
