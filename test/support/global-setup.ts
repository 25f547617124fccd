import { chmodSync, mkdtempSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../server/db/embedded-postgres.ts';
import { ensureSystemPackages } from '../../server/cli/system-packages.ts';
import { ensureClientBuilt } from '../../server/cli/client-build.ts';

/**
 * One real Postgres for the whole run: the server of DATABASE_URL if set (a fresh database is
 * created on it and dropped afterwards), otherwise an embedded one in a temporary folder on a
 * free port. Each test file then creates its own tenants.
 */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    }).on('error', reject);
  });
}

export default async function globalSetup(): Promise<void> {
  ensureSystemPackages((line) => console.log(`\n${line}`));
  const state = globalThis as { __sedeTeardown?: () => Promise<void> };
  const dbName = `sede_test_${process.pid}_${Date.now()}`;
  if (process.env.DATABASE_URL) {
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${dbName}"`);
    await admin.end();
    const base = process.env.DATABASE_URL;
    const url = new URL(base);
    url.pathname = `/${dbName}`;
    process.env.DATABASE_URL = url.toString();
    state.__sedeTeardown = async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
      await c.end();
    };
  } else {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sede-test-pg-'));
    chmodSync(dir, 0o755); // initdb runs as the postgres system user
    const running = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: await freePort(), database: dbName });
    process.env.DATABASE_URL = running.url;
    state.__sedeTeardown = async () => {
      await running.stop();
      const { rmSync } = await import('node:fs');
      rmSync(dir, { recursive: true, force: true });
    };
  }
  ensureClientBuilt((line) => console.log(`\n${line}`));
  process.env.NODE_ENV = 'test';
  process.env.PLATFORM_ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';
  process.env.LOG_LEVEL ??= 'silent';
  process.env.DATA_DIR ??= mkdtempSync(path.join(os.tmpdir(), 'sede-test-data-'));
}
