import { createHash } from 'node:crypto';
import { readPkcs12 } from '../pki/index.ts';
import { loadSealKey, type SealKey } from './cms-signer.ts';

/**
 * A tenant's seal from its PKCS#12 (as stored, encrypted under SECRETS_KEY): decrypted with
 * server/pki (node-forge, ≈ 50 ms) and imported as a non-extractable WebCrypto key once per
 * process, keyed by the file's SHA-256 — a renewed certificate is a new file, hence a new entry.
 */
const MAX_KEYS = 256;
const cache = new Map<string, Promise<SealKey>>();

export function sealKeyFromPkcs12(p12: Buffer, password: string): Promise<SealKey> {
  const id = createHash('sha256').update(p12).update('\0').update(password).digest('hex');
  let key = cache.get(id);
  if (key) {
    cache.delete(id); // keep recently used keys at the end
    cache.set(id, key);
    return key;
  }
  key = Promise.resolve().then(() => loadSealKey(readPkcs12(p12, password)));
  key.catch(() => cache.delete(id));
  cache.set(id, key);
  if (cache.size > MAX_KEYS) cache.delete(cache.keys().next().value!);
  return key;
}
