import path from 'node:path';
import knexFactory, { type Knex } from 'knex';
import pg from 'pg';
import type { Logger } from 'pino';
import { config, type Config } from '../config.ts';
import { startEmbeddedPostgres, type RunningPostgres } from './embedded-postgres.ts';

// DATE columns are civil dates: keep them as 'YYYY-MM-DD' strings, never shift them through a Date.
pg.types.setTypeParser(pg.types.builtins.DATE, (v: string) => v);
// bigint counts fit in a JS number here.
pg.types.setTypeParser(pg.types.builtins.INT8, (v: string) => Number(v));

export interface Database {
  knex: Knex;
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

/**
 * Opens the platform database: the server of DATABASE_URL, or an embedded real Postgres
 * (data in DATA_DIR/pg) when it is unset. Only this module creates pools.
 */
export async function openDatabase(opts: { cfg?: Config; log?: Logger; poolMax?: number } = {}): Promise<Database> {
  const cfg = opts.cfg ?? config();
  let running: RunningPostgres | undefined;
  let url = cfg.DATABASE_URL;
  if (!url) {
    running = await startEmbeddedPostgres({ dataDir: path.join(cfg.DATA_DIR, 'pg'), port: cfg.EMBEDDED_PG_PORT, database: 'sede', log: opts.log });
    url = running.url;
  }
  const knex = knexFactory({
    client: 'pg',
    connection: { connectionString: url, application_name: 'sede' },
    pool: { min: 0, max: opts.poolMax ?? cfg.DB_POOL_MAX },
    acquireConnectionTimeout: 10_000,
  });
  return {
    knex,
    url,
    embedded: running !== undefined,
    async close() {
      await knex.destroy();
      await running?.stop();
    },
  };
}
