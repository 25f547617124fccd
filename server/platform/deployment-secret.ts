import { config } from '../config.ts';
import { configuredOrDemoSecret } from './data-dir-secret.ts';

/**
 * The deployment secret that protects the tenants' seal keys at rest (each PKCS#12 is
 * re-encrypted with it). SECRETS_KEY in production; in demo mode DATA_DIR/secrets.key.
 */
let cached: string | undefined;

export function deploymentSecret(): string {
  cached ??= configuredOrDemoSecret({ value: config().SECRETS_KEY, variable: 'SECRETS_KEY', file: 'secrets.key', bytes: 32 });
  return cached;
}
