import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CLIENT_DIR } from '../http/client-app.ts';
import { fromRoot } from '../paths.ts';

/** Builds the Angular client when it has not been built yet (a fresh clone). */
export function ensureClientBuilt(print: (line: string) => void = console.log): void {
  if (existsSync(`${CLIENT_DIR}/index.html`)) return;
  print('Building the Angular client (first start)…');
  execFileSync(process.execPath, [fromRoot('node_modules', '@angular', 'cli', 'bin', 'ng.js'), 'build'], {
    cwd: fromRoot('client'), stdio: 'inherit', env: { ...process.env, NG_CLI_ANALYTICS: 'false' },
  });
}
