import type { Command } from 'commander';
import { config } from '../../config.ts';
import { startSede } from '../../main.ts';
import { platformAdminToken } from '../../platform/admin-token.ts';
import { seedDemoTenants } from '../../platform/demo-seed.ts';
import { listTenants } from '../../platform/tenants.repository.ts';
import { sedeUrl } from '../../platform/tenant-views.ts';
import { db } from '../../db/current.ts';
import { seedDemoIdentity } from '../../identity/demo-identity.ts';
import { generateDemoCitizenPki } from '../../pki/demo-citizens.ts';
import { ensureClientBuilt } from '../client-build.ts';
import { stopWhenLauncherExits } from '../exit-with-launcher.ts';
import { printDemoCredentials } from './identity.ts';
import { ensureSystemPackages } from '../system-packages.ts';

/** `sede start` (the server as configured) and `sede demo` (the whole demo, one command). */
export function registerServer(program: Command): void {
  program.command('start').description('start the sede server').action(async () => {
    ensureClientBuilt();
    const sede = await startSede();
    stopWhenLauncherExits(sede.stop);
    await printWelcome();
  });

  program.command('demo').description('bring up the demo: embedded Postgres, all demo ayuntamientos, certificates, client').action(async () => {
    ensureSystemPackages();
    ensureClientBuilt();
    const sede = await startSede({
      beforeListen: async () => {
        await seedDemoTenants((slug, created) => console.log(`  ${created ? 'onboarded' : 'present  '} ${slug}`));
        await generateDemoCitizenPki(`${config().DATA_DIR}/pki`, {});
        await seedDemoIdentity();
      },
    });
    stopWhenLauncherExits(sede.stop);
    await printWelcome();
    printDemoCredentials();
  });
}

async function printWelcome(): Promise<void> {
  const cfg = config();
  const port = cfg.PORT;
  const tenants = await listTenants(db());
  console.log(`\nSede is running.\n  Diputación portal: http://${cfg.BASE_DOMAIN}:${port}/\n  Administration:    http://${cfg.BASE_DOMAIN}:${port}/admin  (API bearer token: ${platformAdminToken()})`);
  for (const t of tenants) console.log(`  ${t.status === 'active' ? '' : '[suspended] '}${t.name}: ${sedeUrl(t, port)}`);
  console.log('Stop with Ctrl+C.');
}
