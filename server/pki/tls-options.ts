/**
 * TLS options for the certificate-login listener in demo mode: the deployment's server
 * certificate, the demo citizen CAs as trust anchors and one CRL per trusted CA (roots
 * included; without it every login fails with UNABLE_TO_GET_CRL). `rejectUnauthorized` is
 * false on purpose: the login inspects `authorized`/`authorizationError` and explains the
 * refusal (RECIPES "Certificate login").
 */
import type { SecureContextOptions, TlsOptions } from 'node:tls';
import { loadOrCreateDeploymentPki, type DeploymentPkiOptions } from './deployment-pki.ts';
import { generateDemoCitizenPki } from './demo-citizens.ts';

export interface CertificateLoginTlsOptions extends TlsOptions {
  key: string;
  cert: string;
  ca: string;
  crl: string[];
  requestCert: true;
  rejectUnauthorized: false;
}

export async function demoCertificateLoginTlsOptions(baseDir: string, opts: DeploymentPkiOptions = {}): Promise<CertificateLoginTlsOptions> {
  const [deployment, citizens] = await Promise.all([loadOrCreateDeploymentPki(baseDir, opts), generateDemoCitizenPki(baseDir)]);
  return {
    key: deployment.server.privateKeyPem,
    cert: deployment.server.certificatePem,
    ca: citizens.trustBundlePem,
    crl: citizens.crlPems,
    requestCert: true,
    rejectUnauthorized: false,
  };
}

/** The part to hand to `server.setSecureContext()` after CRLs change. */
export const secureContextOf = (o: CertificateLoginTlsOptions): SecureContextOptions => ({ key: o.key, cert: o.cert, ca: o.ca, crl: o.crl });
