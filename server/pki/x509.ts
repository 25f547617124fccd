/**
 * The one place that prepares @peculiar/x509: reflect-metadata must be loaded before it,
 * and it signs through Node's WebCrypto. Every file of server/pki imports x509 from here.
 */
import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';

x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);

export { x509 };

/** WebCrypto key type (the global one needs the DOM lib). */
export type CryptoKey = webcrypto.CryptoKey;

/** Signature algorithm of every certificate and CRL the project issues. */
export const RSA_SHA256 = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;
