import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { config } from '../config.ts';

/**
 * A secret taken from its environment variable, or — in demo mode only — generated once into
 * DATA_DIR/<file> (mode 0600) and read back on later starts.
 */
export function configuredOrDemoSecret(opts: { value: string | undefined; variable: string; file: string; bytes: number }): string {
  if (opts.value) return opts.value;
  const cfg = config();
  if (!cfg.DEMO_MODE) throw new Error(`${opts.variable} is required outside demo mode`);
  const file = path.join(cfg.DATA_DIR, opts.file);
  if (!existsSync(file)) {
    mkdirSync(cfg.DATA_DIR, { recursive: true });
    writeFileSync(file, randomBytes(opts.bytes).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}
