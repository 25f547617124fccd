import { isIPv6 } from 'node:net';
import type { NextFunction, Request, Response } from 'express';

/**
 * A fixed-window request limiter, per client address and for everyone together, in this
 * process's memory (one Node process per deployment, D1; several processes would each count
 * their own share). Over either limit the request is refused with `Retry-After` and the error
 * the caller chooses (rendered as problem+json by the error middleware).
 *
 * IPv6 clients are counted per /64, the smallest block a household or a server usually gets.
 * The address is `req.ip`: behind a reverse proxy, Express's `trust proxy` must name it.
 */
export interface RateLimitOptions {
  windowMs: number;
  perAddress: number;
  global: number;
  /** The error to pass on when a limit is hit. */
  refuse: (retryAfterSeconds: number) => Error;
  now?: () => number;
  /** Who is counting (tests); default the client address. */
  key?: (req: Request) => string;
}

export interface RateLimiter {
  (req: Request, res: Response, next: NextFunction): void;
  /** For tests and metrics: the requests counted in the current window. */
  readonly counted: () => number;
}

export function rateLimit(opts: RateLimitOptions): RateLimiter {
  const now = opts.now ?? Date.now;
  const keyOf = opts.key ?? ((req: Request) => addressKey(req.ip ?? req.socket.remoteAddress ?? ''));
  let windowStart = now();
  let total = 0;
  let perKey = new Map<string, number>();

  const limiter = (req: Request, res: Response, next: NextFunction): void => {
    const t = now();
    if (t - windowStart >= opts.windowMs) {
      // A new window: forget everything (bounded memory, no sweeping).
      windowStart = t - ((t - windowStart) % opts.windowMs);
      total = 0;
      perKey = new Map();
    }
    const key = keyOf(req);
    const mine = (perKey.get(key) ?? 0) + 1;
    perKey.set(key, mine);
    total++;
    if (mine > opts.perAddress || total > opts.global) {
      const retryAfter = Math.max(1, Math.ceil((windowStart + opts.windowMs - t) / 1000));
      res.set('Retry-After', String(retryAfter));
      return next(opts.refuse(retryAfter));
    }
    next();
  };
  return Object.assign(limiter, { counted: () => total });
}

/** The counting key of an address: IPv4 as is (also when IPv4-mapped), IPv6 by its /64. */
export function addressKey(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (!isIPv6(ip)) return ip;
  return expandIPv6(ip).slice(0, 4).join(':') + '::/64';
}

function expandIPv6(ip: string): string[] {
  const [head = '', tail = ''] = ip.split('%')[0]!.split('::');
  const h = head ? head.split(':') : [];
  const t = ip.includes('::') ? (tail ? tail.split(':') : []) : [];
  const fill = ip.includes('::') ? Array(8 - h.length - t.length).fill('0') : [];
  return [...h, ...fill, ...t].map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''));
}
