#!/usr/bin/env node
// The npm registry reachable here lacks some other-platform binaries of optional dependencies
// (e.g. @swc/core-darwin-arm64, @unrs/resolver-binding-win32-*, @oxc-parser/binding-*). npm then
// leaves them out of package-lock.json, and `npm ci` refuses the lock ("Missing: … from lock
// file"). This adds a stub entry for each missing one, restricted to its os/cpu (read from its
// name), so `npm ci` validates the tree and skips them on this platform, as it would anyway.
// Run after any `npm install`: `node .ci/fix-lockfile.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;

function platformOf(name) {
  const n = name.toLowerCase();
  const os = ['darwin', 'win32', 'android', 'freebsd', 'openharmony', 'netbsd', 'openbsd', 'sunos', 'aix', 'linux'].find((o) => n.includes(o));
  const cpus = [['wasm32', 'wasm32'], ['riscv64', 'riscv64'], ['loong64', 'loong64'], ['ppc64', 'ppc64'], ['s390x', 's390x'], ['arm64', 'arm64'], ['aarch64', 'arm64'], ['ia32', 'ia32'], ['x64', 'x64'], ['arm', 'arm']];
  const cpu = cpus.find(([k]) => n.includes(k))?.[1];
  return { os, cpu };
}

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [dep, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const base = path ? `${path}/node_modules/${dep}` : `node_modules/${dep}`;
    if (packages[base] || packages[`node_modules/${dep}`]) continue;
    const { os, cpu } = platformOf(dep);
    if (!os && !cpu) continue; // not a platform binary: leave it to npm
    packages[`node_modules/${dep}`] = {
      version: String(range).replace(/^[\^~=]/, ''),
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
      ...(os && os !== 'linux' ? { os: [os] } : {}),
      ...(cpu ? { cpu: [cpu] } : {}),
    };
    added++;
  }
}
const sorted = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
lock.packages = sorted;
writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
console.log(`package-lock.json: ${added} stub entr${added === 1 ? 'y' : 'ies'} for unavailable other-platform binaries`);
