import type { NextFunction, Request, Response } from 'express';
import { addressKey, rateLimit } from '../../../server/http/rate-limit.ts';

/** The look-up limiter: per address and global fixed windows, Retry-After, bounded memory. */
function harness(opts: { perAddress: number; global: number; windowMs?: number }) {
  let clock = 1_000_000;
  const limiter = rateLimit({ windowMs: opts.windowMs ?? 60_000, perAddress: opts.perAddress, global: opts.global,
    refuse: (s) => Object.assign(new Error('429'), { retryAfter: s }), now: () => clock, key: (req) => String(req.ip) });
  const hit = (ip: string) => {
    const headers: Record<string, string> = {};
    let passed: unknown = 'pending';
    const res = { set: (k: string, v: string) => { headers[k] = v; } } as unknown as Response;
    limiter({ ip } as Request, res, ((err?: unknown) => { passed = err ?? null; }) as NextFunction);
    return { refused: passed !== null, error: passed as { retryAfter?: number } | null, headers };
  };
  return { hit, advance: (ms: number) => { clock += ms; }, limiter };
}

test('per address: the (n+1)th request in a window is refused with Retry-After; other addresses are not affected', () => {
  const h = harness({ perAddress: 3, global: 100 });
  for (let i = 0; i < 3; i++) expect(h.hit('10.0.0.1').refused).toBe(false);
  h.advance(15_000);
  const fourth = h.hit('10.0.0.1');
  expect(fourth.refused).toBe(true);
  expect(fourth.headers['Retry-After']).toBe('45');
  expect(fourth.error?.retryAfter).toBe(45);
  expect(h.hit('10.0.0.2').refused).toBe(false);
  h.advance(45_000);
  expect(h.hit('10.0.0.1').refused).toBe(false); // new window
});

test('global: many addresses together are refused once the total is reached', () => {
  const h = harness({ perAddress: 5, global: 10 });
  const results = Array.from({ length: 20 }, (_, i) => h.hit(`10.0.1.${i}`).refused);
  expect(results.filter((r) => !r)).toHaveLength(10);
  expect(results.slice(10).every(Boolean)).toBe(true);
});

test('addresses: IPv4-mapped IPv6 is the IPv4 address; IPv6 counts per /64', () => {
  expect(addressKey('::ffff:192.0.2.7')).toBe('192.0.2.7');
  expect(addressKey('192.0.2.7')).toBe('192.0.2.7');
  expect(addressKey('2001:db8:1:2:aaaa::1')).toBe(addressKey('2001:0db8:0001:0002:ffff:ffff:ffff:ffff'));
  expect(addressKey('2001:db8:1:2::1')).not.toBe(addressKey('2001:db8:1:3::1'));
  expect(addressKey('::1')).toBe('0:0:0:0::/64');
});
