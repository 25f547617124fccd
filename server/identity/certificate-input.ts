/**
 * Turns what the HTTPS listener or a proxy hands over into a parsed certificate: a
 * crypto.X509Certificate, PEM text (also URL-encoded, as nginx's $ssl_client_escaped_cert, or
 * space-folded, as Apache's SSL_CLIENT_CERT), DER bytes, or the object from
 * `tlsSocket.getPeerCertificate()` (`{}` when the client sent none).
 */
import { X509Certificate as NodeX509Certificate } from 'node:crypto';
import { x509 } from '../pki/x509.ts';
import { CertificateReadError } from './identity.errors.ts';

/** The part of tls.PeerCertificate we use. */
export interface PeerCertificateLike {
  raw?: Buffer;
}

export type CertificateInput = NodeX509Certificate | string | Uint8Array | PeerCertificateLike;

const PEM = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/;

function pemToDer(text: string): Buffer {
  let pem = text.trim();
  if (pem.includes('%')) {
    // Base64 never contains '%': this is URL-encoded.
    try {
      pem = decodeURIComponent(pem);
    } catch {
      throw new CertificateReadError('certificate.malformed');
    }
  }
  const m = PEM.exec(pem);
  if (!m) throw new CertificateReadError(pem === '' ? 'certificate.missing' : 'certificate.malformed');
  const b64 = m[1]!.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+=*$/.test(b64)) throw new CertificateReadError('certificate.malformed');
  return Buffer.from(b64, 'base64');
}

/** The DER bytes of any accepted input (no parsing beyond PEM decoding). */
export function toDer(input: CertificateInput | null | undefined): Buffer {
  if (input == null) throw new CertificateReadError('certificate.missing');
  if (input instanceof NodeX509Certificate) return input.raw;
  if (typeof input === 'string') return pemToDer(input);
  if (input instanceof Uint8Array) {
    if (input.length === 0) throw new CertificateReadError('certificate.missing');
    return Buffer.from(input);
  }
  if (typeof input === 'object') {
    if (!input.raw || input.raw.length === 0) throw new CertificateReadError('certificate.missing');
    return Buffer.from(input.raw);
  }
  throw new CertificateReadError('certificate.malformed');
}

export interface ParsedCertificate {
  der: Buffer;
  certificate: x509.X509Certificate;
  node: NodeX509Certificate;
}

/** Only Node's parser (strict DER, OpenSSL): enough for chain, dates, revocation and purpose checks. */
export function parseNodeCertificate(input: CertificateInput | null | undefined): NodeX509Certificate {
  const der = toDer(input);
  try {
    return new NodeX509Certificate(der);
  } catch (err) {
    throw new CertificateReadError('certificate.malformed', err);
  }
}

export function parseCertificateInput(input: CertificateInput | null | undefined): ParsedCertificate {
  const der = toDer(input);
  try {
    // Node's parser is strict DER (OpenSSL); @peculiar/x509 then gives access to every attribute.
    const node = new NodeX509Certificate(der);
    return { der, node, certificate: new x509.X509Certificate(der) };
  } catch (err) {
    throw new CertificateReadError('certificate.malformed', err);
  }
}
