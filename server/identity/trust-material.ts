import { readFileSync } from 'node:fs';
import path from 'node:path';
import { config } from '../config.ts';
import { logger } from '../log.ts';
import { demoCertificateLoginTlsOptions, type CertificateLoginTlsOptions } from '../pki/index.ts';
import { TrustStore } from './certificate-verifier.ts';

/**
 * What the certificate login trusts: the listener's own key and certificate, the client CAs
 * and one CRL per CA. In demo mode (no files configured) the demo PKI in DATA_DIR/pki; outside
 * it TLS_KEY_FILE, TLS_CERT_FILE, CLIENT_CA_FILE and CLIENT_CRL_FILE (PEM). Re-read every
 * CRL_RELOAD_MINUTES by the listener; the header strategy of the HTTP app shares the result.
 */
export interface TrustMaterial {
  tls: CertificateLoginTlsOptions;
  trust: TrustStore;
}

export async function loadTrustMaterial(): Promise<TrustMaterial> {
  const cfg = config();
  let tls: CertificateLoginTlsOptions;
  if (cfg.CLIENT_CA_FILE || cfg.TLS_CERT_FILE) {
    const read = (file: string | undefined, name: string) => {
      if (!file) throw new Error(`${name} is required for the certificate listener when CLIENT_CA_FILE/TLS_CERT_FILE are set`);
      return readFileSync(file, 'utf8');
    };
    tls = {
      key: read(cfg.TLS_KEY_FILE, 'TLS_KEY_FILE'), cert: read(cfg.TLS_CERT_FILE, 'TLS_CERT_FILE'), ca: read(cfg.CLIENT_CA_FILE, 'CLIENT_CA_FILE'),
      crl: [read(cfg.CLIENT_CRL_FILE, 'CLIENT_CRL_FILE')], requestCert: true, rejectUnauthorized: false,
    };
  } else {
    if (!cfg.DEMO_MODE) throw new Error('The certificate listener needs TLS_KEY_FILE, TLS_CERT_FILE, CLIENT_CA_FILE and CLIENT_CRL_FILE outside demo mode');
    tls = await demoCertificateLoginTlsOptions(path.join(cfg.DATA_DIR, 'pki'), { baseDomain: cfg.BASE_DOMAIN });
  }
  const trust = await TrustStore.load(tls.ca, tls.crl, { revocationUnavailable: cfg.REVOCATION_UNAVAILABLE });
  return { tls, trust };
}

let current: Promise<TrustMaterial> | undefined;

/** The material in use (loaded on first use). */
export function trustMaterial(): Promise<TrustMaterial> {
  current ??= loadTrustMaterial().catch((err) => {
    current = undefined;
    throw err;
  });
  return current;
}

/** Re-reads CAs and CRLs; the previous material stays in use if that fails. */
export async function reloadTrustMaterial(): Promise<TrustMaterial> {
  try {
    const next = await loadTrustMaterial();
    current = Promise.resolve(next);
    return next;
  } catch (err) {
    logger().error({ err }, 'could not reload the certificate trust material; keeping the previous one');
    return trustMaterial();
  }
}
