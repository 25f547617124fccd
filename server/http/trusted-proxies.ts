import net from 'node:net';
import { config } from '../config.ts';

/**
 * TRUSTED_PROXIES: the reverse proxies (comma-separated addresses or CIDRs, IPv4 or IPv6)
 * whose X-Forwarded-* headers and client-certificate header are believed. Default: none.
 * Express's `trust proxy` uses the same list, so `req.ip` and `req.secure` are the client's
 * only when the request came through one of them.
 */
let cached: { source: string; list: net.BlockList } | undefined;

function blockList(): net.BlockList {
  const source = config().TRUSTED_PROXIES;
  if (cached?.source === source) return cached.list;
  const list = new net.BlockList();
  for (const entry of source.split(',').map((s) => s.trim()).filter(Boolean)) {
    const [address, prefix] = entry.split('/');
    const type = net.isIPv6(address!) ? 'ipv6' : 'ipv4';
    if (!net.isIP(address!)) throw new Error(`TRUSTED_PROXIES: not an address: ${entry}`);
    if (prefix === undefined) list.addAddress(address!, type);
    else list.addSubnet(address!, Number(prefix), type);
  }
  cached = { source, list };
  return list;
}

/** Whether a socket's remote address is one of the trusted proxies. */
export function isTrustedProxy(address: string | undefined): boolean {
  if (!address) return false;
  const list = blockList();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return list.check(mapped, 'ipv4') || list.check(address, 'ipv6');
  return list.check(address, net.isIPv6(address) ? 'ipv6' : 'ipv4');
}

/** For `app.set('trust proxy', …)`. */
export const trustProxy = (address: string): boolean => isTrustedProxy(address);
