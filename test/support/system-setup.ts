import { ensureSystemPackages } from '../../server/cli/system-packages.ts';

/** Unit project: documents tests need Debian's Chromium and poppler-utils (pdfsig). */
export default async function systemSetup(): Promise<void> {
  ensureSystemPackages((line) => console.log(`\n${line}`));
}
