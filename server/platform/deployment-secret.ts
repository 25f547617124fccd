import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { config } from '../config.ts';

/**
 * The deployment secret that protects the tenants' seal keys at rest (each PKCS#12 is
 * re-encrypted with a password derived from it). SECRETS_KEY in production; in demo mode it
 * is generated once into DATA_DIR/secrets.key (mode 0600).
 */
let cached: string | undefined;

export function deploymentSecret(): string {
  if (cached) return cached;
  const cfg = config();
  if (cfg.SECRETS_KEY) return (cached = cfg.SECRETS_KEY);
  if (!cfg.DEMO_MODE) throw new Error('SECRETS_KEY is required outside demo mode');
  const file = path.join(cfg.DATA_DIR, 'secrets.key');
  if (!existsSync(file)) {
    mkdirSync(cfg.DATA_DIR, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  return (cached = readFileSync(file, 'utf8').trim());
}
