import { createHash, randomBytes } from 'node:crypto';
import { db } from '../db/current.ts';
import { logger } from '../log.ts';
import { spendTicketRecordingAccess } from './access-log.repository.ts';
import { TicketRejected } from './identity.errors.ts';
import { insertTicket, pruneTickets, ticketRefusal } from './tickets.repository.ts';
import { subjectOf, type PreviousAccess, type ProvedLogin } from './types.ts';

/**
 * The one-time ticket that hands a certificate login from the HTTPS listener back to the sede
 * (ARCHITECTURE D4): 32 random bytes, 60 seconds, single use, bound to the host the login was
 * made for and to the login state cookie of the browser that started it (no login CSRF).
 * Only its SHA-256 is stored.
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
  await insertTicket(db(), { ticketHash: sha256(ticket), hostname, stateHash: sha256(state), site: payload.login.site, subject: subjectOf(payload.login), payload, ttlSeconds });
  if (Math.random() < 0.05) void pruneTickets(db()).catch((err) => logger().warn({ err }, 'ticket prune failed'));
  return ticket;
}

/**
 * Spends the ticket for `site` and records the login in the access log, in one statement;
 * returns what the listener proved and the person's previous access.
 */
export async function redeemTicket(ticket: string, hostname: string, state: string | undefined, site: string, ip?: string): Promise<TicketPayload & { previousAccess: PreviousAccess | null }> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(ticket)) throw new TicketRejected('invalid');
  const spent = await spendTicketRecordingAccess(db(), { ticketHash: sha256(ticket), hostname, stateHash: sha256(state ?? ''), site, ip });
  if (!spent) {
    logger().info({ reason: await ticketRefusal(db(), sha256(ticket), hostname), hostname }, 'login ticket refused');
    throw new TicketRejected('invalid');
  }
  return { ...(spent.payload as TicketPayload), previousAccess: spent.previous };
}
