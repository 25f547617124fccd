import crypto from 'node:crypto';
import { promisify } from 'node:util';
import { RSA_SHA256 } from './x509.ts';
import type { CryptoKey } from './x509.ts';

const generateKeyPair = promisify(crypto.generateKeyPair);

/** An RSA key pair, usable both by WebCrypto (to sign certificates) and as PEM (to store). */
export interface RsaKeyPair {
  publicKey: CryptoKey;
  privateKey: CryptoKey;
  /** PKCS#8 PEM (`BEGIN PRIVATE KEY`), unencrypted: write it with mode 0600. */
  privateKeyPem: string;
}

/**
 * Generates an RSA key off the main thread (libuv pool). 2048 bits takes about 35 ms here
 * (median; the tail reaches 100 ms); 3072 bits about 230 ms, so CAs only.
 */
export async function generateRsaKeyPair(modulusLength: 2048 | 3072 = 2048): Promise<RsaKeyPair> {
  const pair = await generateKeyPair('rsa', { modulusLength, publicExponent: 0x10001 });
  return {
    publicKey: pair.publicKey.toCryptoKey(RSA_SHA256, true, ['verify']),
    privateKey: pair.privateKey.toCryptoKey(RSA_SHA256, false, ['sign']),
    privateKeyPem: pair.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
  };
}

/** Imports a PEM private key (PKCS#8 or PKCS#1) as a non-extractable WebCrypto signing key. */
export function importSigningKey(pem: string): CryptoKey {
  return crypto.createPrivateKey(pem).toCryptoKey(RSA_SHA256, false, ['sign']);
}

let spare: Promise<RsaKeyPair> | undefined;

/**
 * An RSA 2048 key from a one-key reserve, refilled in the background: the next caller does
 * not wait for key generation (35 ms median, 100 ms tail). For issuing on request (seals);
 * bulk generation should call generateRsaKeyPair directly.
 */
export function takeRsaKeyPair(): Promise<RsaKeyPair> {
  const key = spare ?? generateRsaKeyPair(2048);
  const next = generateRsaKeyPair(2048);
  next.catch(() => {
    if (spare === next) spare = undefined;
  });
  spare = next;
  return key;
}
