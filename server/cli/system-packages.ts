import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { config } from '../config.ts';

/**
 * Debian packages the sede uses at run time: Chromium (PDF rendering, browser tests) and
 * poppler-utils (pdfsig, to check sealed PDFs). Installed when missing and we are root with
 * apt-get; otherwise the exact command to run is printed.
 */
const NEEDED = [
  { pkg: 'chromium', path: () => config().CHROMIUM_PATH },
  { pkg: 'poppler-utils', path: () => '/usr/bin/pdfsig' },
];

export function ensureSystemPackages(print: (line: string) => void = console.log): boolean {
  const missing = NEEDED.filter((n) => !existsSync(n.path())).map((n) => n.pkg);
  if (missing.length === 0) return true;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  if (!isRoot || !hasApt) {
    print(`Missing system packages: ${missing.join(', ')}. Install them with:\n  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`);
    return false;
  }
  print(`Installing ${missing.join(', ')} from Debian (apt-get)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
  return true;
}
