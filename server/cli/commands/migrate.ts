import type { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { installDatabase } from '../../db/current.ts';
import { openDatabase } from '../../db/database.ts';
import { migrateAll } from '../../platform/migrate-all.ts';
import { listTenants } from '../../platform/tenants.repository.ts';
import { migratePlatform } from '../../db/platform-schema.ts';

/** `sede migrate`: platform and every tenant, with a progress bar; safe to run again. */
export function registerMigrate(program: Command): void {
  program.command('migrate').description('migrate the platform schema and every tenant schema').option('--concurrency <n>', 'tenants migrated at once', '4').action(async (opts: { concurrency: string }) => {
    const database = await openDatabase();
    installDatabase(database.knex);
    try {
      await migratePlatform(database.knex);
      const total = (await listTenants(database.knex)).length;
      const bar = new SingleBar({ format: 'tenants [{bar}] {value}/{total} {slug}', hideCursor: true, noTTYOutput: true, notTTYSchedule: 1000 }, Presets.shades_classic);
      bar.start(total, 0, { slug: '' });
      const result = await migrateAll(database.knex, { concurrency: Number(opts.concurrency), onTenant: (slug) => bar.increment({ slug }) });
      bar.stop();
      console.log(`platform: ${result.platform.length} applied; tenants: ${result.tenants}, ${result.applied} migrations applied`);
    } finally {
      await database.close();
    }
  });
}
