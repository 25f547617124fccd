import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { installDatabase } from '../../db/current.ts';
import { openDatabase } from '../../db/database.ts';
import { migratePlatform } from '../../db/platform-schema.ts';
import { AppError } from '../../errors/app-error.ts';
import { translator } from '../../i18n/i18n.ts';
import { fieldError } from '../../http/validate.ts';
import { seedDemoTenants } from '../../platform/demo-seed.ts';
import { onboardTenant } from '../../platform/onboard-tenant.ts';
import { changeTenantStatus, deleteTenant } from '../../platform/tenant-lifecycle.ts';
import { OnboardTenant } from '../../platform/tenants.schemas.ts';
import { listTenants } from '../../platform/tenants.repository.ts';

/** `sede tenant create|list|suspend|resume|delete` and `sede demo-seed`. */
async function withDatabase(fn: () => Promise<void>): Promise<void> {
  const database = await openDatabase();
  installDatabase(database.knex);
  try {
    await migratePlatform(database.knex);
    await fn();
  } catch (err) {
    const t = translator('es');
    if (err instanceof AppError) {
      console.error(`Error: ${t(err.key, err.params)}`);
      for (const f of err.fields) console.error(`  ${f.field}: ${t(f.key, f.params ?? {})}`);
      process.exitCode = 1;
    } else throw err;
  } finally {
    await database.close();
  }
}

export function registerTenant(program: Command): void {
  const tenant = program.command('tenant').description('manage the ayuntamientos of the deployment');
  tenant.command('create').description('onboard an ayuntamiento from a JSON file (same fields as POST /api/admin/tenants)').requiredOption('--file <path>', 'tenant JSON').action((opts: { file: string }) => withDatabase(async () => {
    const raw = JSON.parse(readFileSync(opts.file, 'utf8'));
    const parsed = OnboardTenant.safeParse(raw);
    if (!parsed.success) {
      const t = translator('es');
      for (const i of parsed.error.issues) { const f = fieldError(i, raw); console.error(`  ${f.field}: ${t(f.key, f.params ?? {})}`); }
      process.exitCode = 1;
      return;
    }
    const created = await onboardTenant(parsed.data, { actor: 'cli' });
    console.log(`onboarded ${created.slug} (${created.name}), DIR3 ${created.dir3}`);
  }));
  tenant.command('list').description('list the ayuntamientos').action(() => withDatabase(async () => {
    const { db } = await import('../../db/current.ts');
    console.table((await listTenants(db())).map((t) => ({ slug: t.slug, name: t.name, ine: t.ine, dir3: t.dir3, languages: t.languages.join(','), status: t.status })));
  }));
  for (const [name, status] of [['suspend', 'suspended'], ['resume', 'active']] as const) {
    tenant.command(`${name} <slug>`).description(`${name} a sede`).action((slug: string) => withDatabase(async () => {
      await changeTenantStatus(slug, status, 'cli');
      console.log(`${slug}: ${status}`);
    }));
  }
  tenant.command('delete <slug>').description('delete a sede and its schema').requiredOption('--confirm <slug>', 'repeat the slug to confirm').action((slug: string, opts: { confirm: string }) => withDatabase(async () => {
    await deleteTenant(slug, opts.confirm, 'cli');
    console.log(`${slug}: deleted`);
  }));
  program.command('demo-seed').description('onboard the demo ayuntamientos of tenants/ that are missing, and their demo staff and citizens').action(() => withDatabase(async () => {
    await seedDemoTenants((slug, created) => console.log(`${created ? 'onboarded' : 'present  '} ${slug}`));
    await (await import('../../identity/demo-identity.ts')).seedDemoIdentity();
  }));
}
