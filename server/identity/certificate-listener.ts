import { constants } from 'node:crypto';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import cookieParser from 'cookie-parser';
import express, { type Express } from 'express';
import { config } from '../config.ts';
import { NotFound } from '../errors/app-error.ts';
import { languageMiddleware } from '../http/language.ts';
import { problemHandler } from '../http/problem.ts';
import { logger } from '../log.ts';
import { secureContextOf } from '../pki/index.ts';
import { siteMiddleware } from '../tenancy/site.middleware.ts';
import { certificateLoginRouter } from './certificate-login.routes.ts';
import { reloadTrustMaterial, trustMaterial } from './trust-material.ts';

/**
 * The dedicated HTTPS listener of the certificate login (HTTPS_PORT, default 3443): TLS with
 * `requestCert` against the trusted client CAs and their CRLs, `rejectUnauthorized: false` so
 * a refused certificate gets its reason instead of a broken connection. It serves one route,
 * /api/session/certificate/login, and hands the person back to the sede with a ticket.
 * CRLs are re-read every CRL_RELOAD_MINUTES and swapped in with setSecureContext().
 */
export function createCertificateLoginApp(): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  // No per-request access log here: the login route logs each outcome (certificate-login.routes.ts).
  app.use(cookieParser(), siteMiddleware, languageMiddleware);
  app.use(certificateLoginRouter('client-cert'));
  app.use(() => {
    throw new NotFound();
  });
  app.use(problemHandler);
  return app;
}

export interface CertificateListener {
  server: https.Server;
  port: number;
  reload(): Promise<void>;
  close(): Promise<void>;
}

export async function startCertificateListener(opts: { port?: number; host?: string } = {}): Promise<CertificateListener> {
  const cfg = config();
  const { tls } = await trustMaterial();
  // No TLS session resumption: a resumed session would keep its earlier verdict on the certificate.
  const server = https.createServer({ ...tls, secureOptions: constants.SSL_OP_NO_TICKET }, createCertificateLoginApp());
  server.on('tlsClientError', (err) => logger().debug({ err: err.message }, 'tls client error'));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? cfg.HTTPS_PORT, opts.host ?? cfg.HOST, () => resolve());
  });
  const reload = async () => {
    const next = await reloadTrustMaterial();
    server.setSecureContext(secureContextOf(next.tls));
  };
  const timer = setInterval(() => void reload().catch((err) => logger().error({ err }, 'CRL reload failed')), cfg.CRL_RELOAD_MINUTES * 60_000);
  timer.unref();
  return {
    server,
    port: (server.address() as AddressInfo).port,
    reload,
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(timer);
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
