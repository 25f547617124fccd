import type { Database } from '../../server/db/database.ts';
import { tempPostgres } from './temp-postgres.ts';

/**
 * The platform a benchmark runs against: a throwaway embedded Postgres, this process's
 * configuration pointed at it (the env is returned for child servers), the pool installed and
 * the platform schema migrated. `close()` stops both.
 */
export interface BenchPlatform {
  env: Record<string, string>;
  database: Database;
  close(): Promise<void>;
}

export async function benchPlatform(opts: { poolMax?: number } = {}): Promise<BenchPlatform> {
  const pg = await tempPostgres();
  const env = { DATABASE_URL: pg.url, DATA_DIR: pg.dataDir, LOG_LEVEL: 'warn', PLATFORM_ADMIN_TOKEN: 'bench-admin-token-0123456789' };
  Object.assign(process.env, env);
  // Modules are imported only now, so that the configuration reads this environment.
  const { resetConfig } = await import('../../server/config.ts');
  resetConfig();
  const { openDatabase } = await import('../../server/db/database.ts');
  const { installDatabase } = await import('../../server/db/current.ts');
  const { migratePlatform } = await import('../../server/db/platform-schema.ts');
  const database = await openDatabase({ poolMax: opts.poolMax });
  installDatabase(database.knex);
  try {
    await migratePlatform(database.knex);
  } catch (err) {
    await database.close();
    await pg.stop();
    throw err;
  }
  return { env, database, close: async () => { await database.close(); await pg.stop(); } };
}
