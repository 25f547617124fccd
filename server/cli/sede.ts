#!/usr/bin/env node
import { Command } from 'commander';
import { registerIdentity } from './commands/identity.ts';
import { registerMigrate } from './commands/migrate.ts';
import { registerServer } from './commands/server.ts';
import { registerTenant } from './commands/tenant.ts';

/** The `sede` command line: start, demo, migrate, tenant …, demo-seed, certs … */
const program = new Command('sede').description('Sede: multi-tenant sede electrónica');
registerServer(program);
registerMigrate(program);
registerTenant(program);
registerIdentity(program);
try {
  const { registerCerts } = await import('./commands/certs.ts');
  registerCerts(program);
} catch (err) {
  if ((err as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw err;
}
await program.parseAsync(process.argv);
