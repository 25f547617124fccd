import session from 'express-session';
import type { Knex } from 'knex';
import { db } from '../db/current.ts';
import { preparedQuery } from '../db/prepared.ts';
import { logger } from '../log.ts';
import { subjectOf, type SessionUser } from './types.ts';

/**
 * express-session store in `platform.sessions` (prepared statements: every API request with a
 * session cookie reads it), on the process's one knex pool (server/db owns
 * the only pool: connect-pg-simple would open a second one). Besides the session JSON each row
 * records its site and subject, so that every session of a person can be ended at once
 * (logout everywhere, a staff member removed); see server/adr/0005-identity-sessions.md.
 */
interface StoredSession extends session.SessionData {
  passport?: { user?: SessionUser };
}

const TABLE = 'platform.sessions';

export class PostgresSessionStore extends session.Store {
  private readonly knex: () => Knex;
  private readonly idleMs: number;
  private pruner: NodeJS.Timeout | undefined;

  constructor(opts: { idleMs: number; knex?: () => Knex; pruneEveryMs?: number }) {
    super();
    this.knex = opts.knex ?? db;
    this.idleMs = opts.idleMs;
    const every = opts.pruneEveryMs ?? 15 * 60_000;
    this.pruner = setInterval(() => void this.prune().catch((err) => logger().warn({ err }, 'session prune failed')), every);
    this.pruner.unref();
  }

  override get(sid: string, cb: (err: unknown, session?: session.SessionData | null) => void): void {
    preparedQuery(this.knex(), 'identity_session_get', `SELECT sess FROM ${TABLE} WHERE sid = $1 AND expire > now()`, [sid]).then(
      (r) => {
        const sess = r.rows[0]?.sess as StoredSession | undefined;
        const user = sess?.passport?.user;
        // The absolute timeout holds whatever the activity.
        if (user && user.absoluteExpiresAt <= Date.now()) return void this.destroy(sid, (err) => cb(err, null));
        cb(null, sess ?? null);
      },
      (err) => cb(err),
    );
  }

  override set(sid: string, sess: session.SessionData, cb?: (err?: unknown) => void): void {
    const user = (sess as StoredSession).passport?.user;
    preparedQuery(this.knex(), 'identity_session_set',
      `INSERT INTO ${TABLE} (sid, sess, expire, site, subject) VALUES ($1, $2::jsonb, $3, $4, $5)
       ON CONFLICT (sid) DO UPDATE SET sess = EXCLUDED.sess, expire = EXCLUDED.expire, site = EXCLUDED.site, subject = EXCLUDED.subject`,
      [sid, JSON.stringify(sess), this.expiryOf(sess), user?.site ?? null, user ? subjectOf(user) : null],
    ).then(() => cb?.(), (err) => cb?.(err));
  }

  override touch(sid: string, sess: session.SessionData, cb?: (err?: unknown) => void): void {
    preparedQuery(this.knex(), 'identity_session_touch', `UPDATE ${TABLE} SET expire = $1 WHERE sid = $2`, [this.expiryOf(sess), sid]).then(() => cb?.(), (err) => cb?.(err));
  }

  /** Sessions this store handed out (loaded from a row), as opposed to fresh ones. */
  private readonly loaded = new WeakSet<object>();

  override createSession(req: Parameters<session.Store['createSession']>[0], data: session.SessionData): session.Session & Partial<session.SessionData> {
    const s = super.createSession(req, data);
    this.loaded.add(s);
    return s;
  }

  /** Regenerating a session that was never stored needs no DELETE (a fresh login's common case). */
  override regenerate(req: Parameters<session.Store['regenerate']>[0], fn: (err?: unknown) => unknown): void {
    if (req.session && !this.loaded.has(req.session)) {
      (this as unknown as { generate(r: typeof req): void }).generate(req); // set by express-session
      fn();
      return;
    }
    super.regenerate(req, fn);
  }

  override destroy(sid: string, cb?: (err?: unknown) => void): void {
    preparedQuery(this.knex(), 'identity_session_destroy', `DELETE FROM ${TABLE} WHERE sid = $1`, [sid]).then(() => cb?.(), (err) => cb?.(err));
  }

  /** Ends every session of a person on a site (tenant slug or the portal). */
  async destroySubject(site: string, subject: string): Promise<number> {
    const r = await this.knex().raw(`DELETE FROM ${TABLE} WHERE site = ? AND subject = ?`, [site, subject]);
    return r.rowCount ?? 0;
  }

  async prune(): Promise<number> {
    const r = await this.knex().raw(`DELETE FROM ${TABLE} WHERE expire <= now()`);
    return r.rowCount ?? 0;
  }

  close(): void {
    if (this.pruner) clearInterval(this.pruner);
    this.pruner = undefined;
  }

  /** Idle expiry (the rolling cookie's), capped by the absolute expiry of a logged-in session. */
  private expiryOf(sess: session.SessionData): Date {
    const cookieExpiry = sess.cookie?.expires ? new Date(sess.cookie.expires).getTime() : Date.now() + this.idleMs;
    const absolute = (sess as StoredSession).passport?.user?.absoluteExpiresAt ?? Number.POSITIVE_INFINITY;
    return new Date(Math.min(cookieExpiry, absolute));
  }
}
