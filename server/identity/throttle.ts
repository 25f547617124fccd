import { db } from '../db/current.ts';
import { Throttled } from './identity.errors.ts';

/**
 * Fixed-window counters in `platform.login_throttle`, shared by every process of the
 * deployment: PIN e-mails per address, failed logins per network address. Going over the
 * limit blocks the key for `blockSeconds`.
 */
export interface ThrottleRule {
  limit: number;
  windowSeconds: number;
  blockSeconds: number;
  /** Message key of the 429. */
  key: string;
}

/** Refuses when the key is blocked. */
export async function assertNotBlocked(key: string, rule: ThrottleRule): Promise<void> {
  const r = await db().raw(`SELECT extract(epoch FROM blocked_until - now()) AS left FROM platform.login_throttle WHERE key = ? AND blocked_until > now()`, [key]);
  const left = r.rows[0]?.left as number | undefined;
  if (left !== undefined) throw new Throttled(rule.key, Math.ceil(Number(left)));
}

/** Counts one more hit; over the limit the key is blocked and this hit refused. */
export async function consume(key: string, rule: ThrottleRule): Promise<void> {
  await assertNotBlocked(key, rule);
  const r = await db().raw(
    `INSERT INTO platform.login_throttle AS t (key, window_start, hits) VALUES (?, now(), 1)
     ON CONFLICT (key) DO UPDATE SET
       hits = CASE WHEN t.window_start < now() - make_interval(secs => ?) THEN 1 ELSE t.hits + 1 END,
       window_start = CASE WHEN t.window_start < now() - make_interval(secs => ?) THEN now() ELSE t.window_start END
     RETURNING hits`,
    [key, rule.windowSeconds, rule.windowSeconds],
  );
  if ((r.rows[0].hits as number) > rule.limit) {
    await db().raw(`UPDATE platform.login_throttle SET blocked_until = now() + make_interval(secs => ?), hits = 0, window_start = now() WHERE key = ?`, [rule.blockSeconds, key]);
    throw new Throttled(rule.key, rule.blockSeconds);
  }
}
