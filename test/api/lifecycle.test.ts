import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, chmodSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fromRoot } from '../../server/paths.ts';

/**
 * The real process: `sede start` with no DATABASE_URL starts its own embedded Postgres (not on
 * 5432), answers /healthz and /readyz, and on SIGTERM stops accepting, exits 0 and stops its
 * Postgres cleanly (no postmaster.pid left behind).
 */
async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, host: string, ms: number): Promise<number> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      const res = await fetch(url, { headers: { 'x-forwarded-host': host } });
      return res.status;
    } catch {
      if (Date.now() > until) throw new Error(`${url} did not answer`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

test('sede start: embedded Postgres on its own port, ready, and a clean stop on SIGTERM', async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sede-lifecycle-'));
  chmodSync(dataDir, 0o755);
  const [port, pgPort] = [await freePort(), await freePort()];
  const httpsPort = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), HTTPS_PORT: String(httpsPort), EMBEDDED_PG_PORT: String(pgPort), LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  delete env.NODE_OPTIONS;
  const child = spawn(process.execPath, [fromRoot('server/cli/sede.ts'), 'start'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    expect(await waitFor(`http://127.0.0.1:${port}/healthz`, 'x', 60_000)).toBe(200);
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(ready.status).toBe(200);
    expect(existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(true);
    const pid = await import('node:fs').then((fs) => fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8'));
    expect(pid.split('\n')[3]).toBe(String(pgPort)); // its own port, never 5432
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  } catch (err) {
    console.log(output);
    throw err;
  } finally {
    child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 120_000);
