import type { Knex } from 'knex';
import { preparedQuery } from '../db/prepared.ts';

/** Rows of `platform.login_tickets` (hashes only: a ticket is a bearer secret). */
export async function insertTicket(db: Knex, t: { ticketHash: Buffer; hostname: string; stateHash: Buffer; site: string; subject: string; payload: object; ttlSeconds: number }): Promise<void> {
  await preparedQuery(db, 'identity_insert_ticket',
    `INSERT INTO platform.login_tickets (ticket_hash, hostname, state_hash, site, subject, payload, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, clock_timestamp() + make_interval(secs => $7::int))`,
    [t.ticketHash, t.hostname, t.stateHash, t.site, t.subject, JSON.stringify(t.payload), t.ttlSeconds],
  );
}

/** Why a ticket was refused, for the log only (the visitor gets one message). */
export async function ticketRefusal(db: Knex, ticketHash: Buffer, hostname: string): Promise<string> {
  const r = await db.raw(`SELECT hostname, used_at, expires_at <= clock_timestamp() AS expired FROM platform.login_tickets WHERE ticket_hash = ?`, [ticketHash]);
  const row = r.rows[0] as { hostname: string; used_at: Date | null; expired: boolean } | undefined;
  if (!row) return 'unknown';
  if (row.used_at) return 'already-used';
  if (row.expired) return 'expired';
  if (row.hostname !== hostname) return 'other-host';
  return 'state-mismatch';
}

export async function pruneTickets(db: Knex): Promise<void> {
  await db.raw(`DELETE FROM platform.login_tickets WHERE expires_at < clock_timestamp() - interval '10 minutes'`);
}
