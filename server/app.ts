import cookieParser from 'cookie-parser';
import express, { type Express } from 'express';
import { calendarRouter } from './calendar/calendar.routes.ts';
import { calendarStaffRouter } from './calendar/calendar-staff.routes.ts';
import { interruptionsRouter } from './calendar/interruptions.routes.ts';
import { catalogueRouter } from './catalogue/catalogue.routes.ts';
import { config } from './config.ts';
import { NotFound } from './errors/app-error.ts';
import { mountClientApp } from './http/client-app.ts';
import { documentsRouter } from './documents/documents.routes.ts';
import { healthRouter } from './http/health.routes.ts';
import { languageMiddleware } from './http/language.ts';
import { openapiDocument } from './http/openapi-registry.ts';
import { problemHandler } from './http/problem.ts';
import { installRequestLogger, requestLog } from './http/request-log.ts';
import { securityHeaders } from './http/security-headers.ts';
import './http/request-context.ts';
import { trustProxy } from './http/trusted-proxies.ts';
import { certificateLoginRouter } from './identity/certificate-login.routes.ts';
import { stripUntrustedCertificateHeaders } from './identity/certificate-strategies.ts';
import { csrfProtection, issueCsrfToken } from './identity/csrf.ts';
import { identityRouter } from './identity/identity.routes.ts';
import { sessionMiddleware } from './identity/sessions.ts';
import { fromRoot } from './paths.ts';
import { sedeRouter } from './platform/sede.routes.ts';
import { sedeInfoRouter } from './sede-info/sede-info.routes.ts';
import { tenantsRouter } from './platform/tenants.routes.ts';
import { requireActiveSede, siteMiddleware } from './tenancy/site.middleware.ts';

/** Builds the Express app without listening (supertest uses it; server/main.ts listens). */
export function createApp(): Express {
  const cfg = config();
  const app = express();
  app.disable('x-powered-by');
  // API answers are dynamic and sent with Cache-Control: no-cache; no weak ETag hashing of every body.
  app.set('etag', false);
  app.set('trust proxy', trustProxy);
  app.use(securityHeaders({
    contentSecurityPolicy: { directives: {
      'img-src': ["'self'", 'data:', `http://*.${cfg.BASE_DOMAIN}:*`, `https://*.${cfg.BASE_DOMAIN}:*`],
      'style-src': ["'self'", "'unsafe-inline'"],
    } },
    strictTransportSecurity: false, // the demo runs on plain HTTP; the TLS front sets it in production
  }));
  app.use(healthRouter);
  installRequestLogger(app.request);
  app.use(requestLog);
  app.use(cookieParser(), stripUntrustedCertificateHeaders);
  app.use(siteMiddleware, languageMiddleware);
  app.use('/locales', express.static(fromRoot('locales'), { maxAge: '5m' }));

  const api = express.Router();
  api.get('/openapi.json', (_req, res) => void res.json(openapiDocument()));
  api.use(express.json({ limit: cfg.MAX_BODY }), requireActiveSede);
  // Public, read-only information of the site (GET only, the same for every visitor): answered
  // before sessions are loaded — the hot path of every page of every sede.
  api.use(issueCsrfToken, sedeRouter, catalogueRouter);
  api.use(...sessionMiddleware(), csrfProtection);
  api.use(tenantsRouter, identityRouter, documentsRouter());
  api.use(calendarRouter, calendarStaffRouter, interruptionsRouter, sedeInfoRouter);
  api.use(() => { throw new NotFound('errors:noSuchEndpoint'); });
  app.use(certificateLoginRouter('proxy-client-cert')); // behind a trusted TLS proxy
  app.use('/api', api);

  mountClientApp(app);
  app.use(problemHandler);
  return app;
}
