import { createHash, randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import { db } from '../db/current.ts';
import { logger } from '../log.ts';
import { TicketRejected } from './identity.errors.ts';
import { insertTicket, pruneTickets, takeTicket, ticketRefusal } from './tickets.repository.ts';
import type { ProvedLogin } from './types.ts';

/**
 * The one-time ticket that hands a certificate login from the HTTPS listener back to the sede
 * (ARCHITECTURE D4): 32 random bytes, 60 seconds, single use, bound to the host the login was
 * made for and to the login state cookie of the browser that started it (no login CSRF).
 */
export const TICKET_TTL_SECONDS = 60;

export interface TicketPayload {
  login: ProvedLogin;
  /** Path on the sede to go back to. */
  returnTo: string;
}

const sha256 = (s: string): Buffer => createHash('sha256').update(s).digest();

export async function issueTicket(hostname: string, state: string, payload: TicketPayload, ttlSeconds = TICKET_TTL_SECONDS): Promise<string> {
  const ticket = randomBytes(32).toString('base64url');
  await insertTicket(db(), { ticketHash: sha256(ticket), hostname, stateHash: sha256(state), payload, ttlSeconds });
  if (Math.random() < 0.05) void pruneTickets(db()).catch((err) => logger().warn({ err }, 'ticket prune failed'));
  return ticket;
}

/** Takes the ticket (inside `trx` when given, so the login commits with it). */
export async function redeemTicket(ticket: string, hostname: string, state: string | undefined, trx?: Knex.Transaction): Promise<TicketPayload> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(ticket)) throw new TicketRejected('invalid');
  const payload = await takeTicket(trx ?? db(), { ticketHash: sha256(ticket), hostname, stateHash: sha256(state ?? '') });
  if (!payload) {
    logger().info({ reason: await ticketRefusal(db(), sha256(ticket), hostname), hostname }, 'login ticket refused');
    throw new TicketRejected('invalid');
  }
  return payload as TicketPayload;
}
