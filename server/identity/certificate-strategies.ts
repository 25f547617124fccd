import type { Request } from 'express';
import type { TLSSocket } from 'node:tls';
import type { X509Certificate as NodeX509Certificate } from 'node:crypto';
import { Strategy as PassportStrategy } from 'passport';
import { Strategy as ClientCertStrategy } from 'passport-client-cert';
import { isTrustedProxy } from '../http/trusted-proxies.ts';
import { parseNodeCertificate } from './certificate-input.ts';
import type { TrustStore } from './certificate-verifier.ts';
import { CertificateRefused, type CertificateRefusal } from './identity.errors.ts';

/**
 * The two ways a client certificate reaches the login, as passport strategies:
 * - `client-cert` (passport-client-cert): the TLS socket of the HTTPS listener. It only says
 *   yes or no; on "no" the reason is worked out from the socket (RECIPES order).
 * - `proxy-client-cert`: the `X-SSL-Client-Cert` header set by a trusted reverse proxy —
 *   nginx's URL-encoded `$ssl_client_escaped_cert`, or Apache's `%{SSL_CLIENT_CERT}s` whose
 *   PEM may arrive space-folded. From anyone else the header is stripped before routing.
 * Both end in `checkedCertificate()`: the same chain, date, CRL and purpose checks.
 */
export const CLIENT_CERT_HEADERS = ['x-ssl-client-cert', 'x-ssl-client-verify', 'x-forwarded-tls-client-cert', 'ssl-client-cert'] as const;

/** Removes client-certificate headers unless the request came from a trusted proxy. */
export function stripUntrustedCertificateHeaders(req: Request, _res: unknown, next: () => void): void {
  if (!isTrustedProxy(req.socket.remoteAddress)) for (const h of CLIENT_CERT_HEADERS) delete req.headers[h];
  next();
}

/** OpenSSL verify errors that only mean "revocation status unknown". */
const CRL_UNAVAILABLE = new Set(['UNABLE_TO_GET_CRL', 'CRL_HAS_EXPIRED', 'CRL_NOT_YET_VALID', 'UNABLE_TO_GET_CRL_ISSUER']);

/**
 * Verdict on a parsed certificate (plus the TLS layer's, when there is one): our checks give
 * the reason; a TLS refusal they cannot explain still refuses, unless it is only about CRL
 * availability and the policy is fail-open.
 */
export function checkedCertificate(trust: TrustStore, cert: NodeX509Certificate, tls?: { authorized: boolean; error?: string }): NodeX509Certificate {
  const verdict = trust.verify(cert);
  if (!verdict.ok) throw new CertificateRefused(verdict.reason, verdict.detail);
  if (tls && !tls.authorized) {
    const code = tls.error ?? 'unknown';
    if (code === 'CERT_REVOKED') throw new CertificateRefused('revoked');
    if (CRL_UNAVAILABLE.has(code)) {
      if (!trust.failsOpen) throw new CertificateRefused('revocationUnknown', code);
    } else {
      throw new CertificateRefused(code === 'INVALID_PURPOSE' ? 'noClientAuth' : 'invalid', code);
    }
  }
  return cert;
}

/** Why the TLS socket's certificate cannot log in (or the certificate when, after all, it can). */
export function certificateFromSocket(trust: TrustStore, socket: TLSSocket): NodeX509Certificate {
  // getPeerX509Certificate: the certificate object itself, without the JS object getPeerCertificate builds.
  const cert = socket.getPeerX509Certificate();
  if (!cert) throw new CertificateRefused('missing');
  // OpenSSL already checked chain, dates, every CRL and the sslclient purpose: nothing to add.
  if (socket.authorized) return cert;
  const error = socket.authorizationError;
  return checkedCertificate(trust, cert, { authorized: false, error: error ? String((error as { code?: string }).code ?? error) : undefined });
}

/** The certificate a trusted proxy passed in the header. */
export function certificateFromHeader(trust: TrustStore, req: Request): NodeX509Certificate {
  if (!isTrustedProxy(req.socket.remoteAddress)) throw new CertificateRefused('missing');
  const header = req.headers['x-ssl-client-cert'];
  const value = Array.isArray(header) ? header[0] : header;
  const verify = req.headers['x-ssl-client-verify'];
  if (!value || value === '(null)' || verify === 'NONE') throw new CertificateRefused('missing');
  return checkedCertificate(trust, parseNodeCertificate(value));
}

type Done = (err: unknown, user?: Express.User | false, info?: { refusal: CertificateRefusal | string; error?: unknown }) => void;

/** passport-client-cert over the TLS socket: on success the peer certificate is the "user". */
export function tlsStrategy(): PassportStrategy {
  const verify = (_req: Request, peer: { raw: Buffer }, done: Done) => done(null, { raw: peer.raw } as Express.User);
  // The .d.ts has the order wrong: at runtime it is (req, cert, done).
  return new ClientCertStrategy({ passReqToCallback: true }, verify as never) as unknown as PassportStrategy;
}

/** The header strategy: succeeds with the raw certificate when a trusted proxy sent one. */
export class ProxyCertificateStrategy extends PassportStrategy {
  override name = 'proxy-client-cert';

  override authenticate(req: Request): void {
    if (!isTrustedProxy(req.socket.remoteAddress) || !req.headers['x-ssl-client-cert']) return this.fail({ refusal: 'missing' }, 401);
    this.success({ header: true } as Express.User);
  }
}
