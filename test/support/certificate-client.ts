import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { config } from '../../server/config.ts';
import { DEMO_P12_PASSWORD, generateDemoCitizenPki, type DemoCitizenPki } from '../../server/pki/index.ts';

/**
 * Talking to the certificate listener like a browser would: a fresh TLS handshake with one of
 * the demo .p12 files (no session reuse), then the redirect with the ticket.
 */
export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  json(): Record<string, unknown>;
}

export const demoPki = (): Promise<DemoCitizenPki> => generateDemoCitizenPki(path.join(config().DATA_DIR, 'pki'));

export async function demoP12(id: string): Promise<Buffer> {
  const pki = await demoPki();
  const entry = pki.manifest.certificates.find((c) => c.id === id);
  if (!entry) throw new Error(`no demo certificate ${id}`);
  return readFileSync(path.join(pki.paths.dir, entry.p12));
}

export const newState = (): string => randomBytes(32).toString('base64url');

function collect(res: http.IncomingMessage): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c)).on('error', reject).on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json: () => JSON.parse(body) as Record<string, unknown> });
    });
  });
}

/** GET over TLS to the listener on 127.0.0.1:port with Host `host`, presenting `pfx` (or nothing). */
export function tlsGet(port: number, host: string, pathAndQuery: string, opts: { pfx?: Buffer; headers?: Record<string, string> } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = https.request({
      host: '127.0.0.1', port, path: pathAndQuery, method: 'GET', servername: host.replace(/:\d+$/, ''),
      headers: { Host: `${host}:${port}`, Accept: 'application/json', ...opts.headers },
      ...(opts.pfx ? { pfx: opts.pfx, passphrase: DEMO_P12_PASSWORD } : {}),
      agent: false, // a full handshake every time
      rejectUnauthorized: false, // the listener's own certificate is not what these tests check
    }, (res) => void collect(res).then(resolve, reject));
    req.on('error', reject);
    req.end();
  });
}

/** Plain HTTP GET from a chosen local address family (to look like a proxy or not). */
export function httpGet(address: string, port: number, pathAndQuery: string, headers: Record<string, string>): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: address, port, path: pathAndQuery, method: 'GET', headers, agent: false }, (res) => void collect(res).then(resolve, reject));
    req.on('error', reject);
    req.end();
  });
}

export const loginPath = (state: string, purpose: 'citizen' | 'staff' = 'citizen', returnTo = '/mi-cuenta') =>
  `/api/session/certificate/login?${new URLSearchParams({ state, purpose, return: returnTo })}`;
