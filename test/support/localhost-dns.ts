import dns from 'node:dns';

/**
 * Node here does not resolve `*.localhost`, but Playwright's client-certificate proxy (which
 * runs in this process) must: answer such lookups with loopback (RECIPES "Browser tests with
 * a client certificate"). Everything else goes to the real resolver.
 */
type LookupOptions = { family?: number | string; all?: boolean } | number | undefined;
const isLocal = (host: string) => host === 'localhost' || host.endsWith('.localhost');

export function installLocalhostDns(): () => void {
  const promises = dns.promises as unknown as { lookup: (host: string, opts?: LookupOptions) => Promise<unknown> };
  const originalPromise = promises.lookup;
  const originalCallback = dns.lookup;
  promises.lookup = (host: string, opts?: LookupOptions) => {
    if (!isLocal(host)) return originalPromise.call(dns.promises, host, opts);
    const all = typeof opts === 'object' && opts?.all;
    const entry = { address: '127.0.0.1', family: 4 };
    return Promise.resolve(all ? [entry] : entry);
  };
  (dns as unknown as { lookup: unknown }).lookup = (host: string, opts: unknown, cb?: unknown) => {
    const callback = (typeof opts === 'function' ? opts : cb) as (err: null, address: unknown, family?: number) => void;
    if (!isLocal(host)) return (originalCallback as (...a: unknown[]) => unknown)(host, opts, cb);
    const all = typeof opts === 'object' && (opts as { all?: boolean })?.all;
    process.nextTick(() => (all ? callback(null, [{ address: '127.0.0.1', family: 4 }]) : callback(null, '127.0.0.1', 4)));
    return undefined;
  };
  return () => {
    promises.lookup = originalPromise;
    (dns as unknown as { lookup: unknown }).lookup = originalCallback;
  };
}
