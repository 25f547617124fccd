import type { Knex } from 'knex';

/** Rows of `platform.login_tickets` (hashes only: a ticket is a bearer secret). */
export async function insertTicket(db: Knex, t: { ticketHash: Buffer; hostname: string; stateHash: Buffer; payload: object; ttlSeconds: number }): Promise<void> {
  await db.raw(
    `INSERT INTO platform.login_tickets (ticket_hash, hostname, state_hash, payload, expires_at) VALUES (?, ?, ?, ?::jsonb, clock_timestamp() + make_interval(secs => ?))`,
    [t.ticketHash, t.hostname, t.stateHash, JSON.stringify(t.payload), t.ttlSeconds],
  );
}

/** Marks the ticket used and returns its payload, only if unused, unexpired, for this host and state. */
export async function takeTicket(db: Knex | Knex.Transaction, t: { ticketHash: Buffer; hostname: string; stateHash: Buffer }): Promise<unknown> {
  const r = await db.raw(
    `UPDATE platform.login_tickets SET used_at = clock_timestamp()
     WHERE ticket_hash = ? AND used_at IS NULL AND expires_at > clock_timestamp() AND hostname = ? AND state_hash = ?
     RETURNING payload`,
    [t.ticketHash, t.hostname, t.stateHash],
  );
  return r.rows[0]?.payload;
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
