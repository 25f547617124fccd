import { z } from 'zod';
import { fromRoot } from './paths.ts';

/**
 * The one validated configuration module: environment variables only, with defaults that
 * make the demo run on a fresh machine. Read it through `config()`.
 */
const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HTTPS_PORT: z.coerce.number().int().min(0).max(65535).default(3443),
  HOST: z.string().default('0.0.0.0'),
  BASE_DOMAIN: z.string().regex(/^[a-z0-9.-]+$/).default('sede.localhost'),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default(fromRoot('.data')),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  DEMO_MODE: bool.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Bearer token for the Diputación admin API until staff login lands (issue: identity). */
  PLATFORM_ADMIN_TOKEN: z.string().min(16).optional(),
  /** Secret that protects the tenants' seal keys at rest; generated into DATA_DIR in demo mode. */
  SECRETS_KEY: z.string().min(32).optional(),
  CHROMIUM_PATH: z.string().default('/usr/bin/chromium'),
  MAX_BODY: z.string().default('1mb'),
  /** Reverse proxies (comma-separated CIDRs) allowed to pass X-Forwarded-* and the client-certificate header. */
  TRUSTED_PROXIES: z.string().default(''),
  /** Session timeouts: idle (minutes without a request) and absolute (hours since login). */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().min(0.1).max(72).default(8),
  /** What a certificate login does when a CA's revocation status cannot be checked (no current CRL). */
  REVOCATION_UNAVAILABLE: z.enum(['fail-closed', 'fail-open']).default('fail-closed'),
  /** Certificate listener outside demo mode: server key/certificate and the client CAs and their CRLs (PEM files). */
  TLS_KEY_FILE: z.string().optional(),
  TLS_CERT_FILE: z.string().optional(),
  CLIENT_CA_FILE: z.string().optional(),
  CLIENT_CRL_FILE: z.string().optional(),
  /** Minutes between CRL reloads of the certificate listener. */
  CRL_RELOAD_MINUTES: z.coerce.number().int().min(1).default(60),
  /** SMTP server for PIN codes (smtp://user:pass@host:port); unset in demo mode → an embedded SMTP sink. */
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default('Sede electrónica <no-reply@sede.localhost>'),
  /** CSV verification look-ups (RELIABILITY.md csv-enum): per client address and for everyone together, per window. */
  VERIFY_RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  VERIFY_RATE_PER_ADDRESS: z.coerce.number().int().min(1).default(30),
  VERIFY_RATE_GLOBAL: z.coerce.number().int().min(1).default(3000),
});

export type Config = z.infer<typeof schema>;

let cached: Config | undefined;

export function config(): Config {
  cached ??= loadConfig(process.env);
  return cached;
}

export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** For tests that change the environment. */
export function resetConfig(): void {
  cached = undefined;
}
