import type { Command } from 'commander';
import path from 'node:path';
import { config } from '../../config.ts';
import { DEMO_PLATFORM_ADMIN, demoPinCitizens, demoStaffAdmin, type DemoAccount } from '../../identity/demo-identity.ts';
import { currentTotp } from '../../identity/totp.ts';
import { DEMO_P12_PASSWORD, DEMO_TOWNS } from '../../pki/index.ts';

/** `sede demo-totp`: the current TOTP codes of the demo accounts (instead of an authenticator app). */
export function registerIdentity(program: Command): void {
  program.command('demo-totp').description('print the current TOTP codes of the demo admin accounts').action(async () => {
    for (const a of [DEMO_PLATFORM_ADMIN, ...DEMO_TOWNS.map((t) => demoStaffAdmin(t.slug))]) {
      console.log(`  ${a.site.padEnd(12)} ${a.username.padEnd(11)} ${await currentTotp(a.totpSecret)}`);
    }
  });
}

const line = (a: DemoAccount, url: string) => `    ${url.padEnd(44)} user ${a.username.padEnd(10)} password ${a.password.padEnd(18)} TOTP secret ${a.totpSecret}`;

/** The demo credentials, printed by `sede demo`. */
export function printDemoCredentials(): void {
  const cfg = config();
  const port = cfg.PORT === 80 ? '' : `:${cfg.PORT}`;
  console.log('\nDemo credentials (DEMO ONLY):');
  console.log('  Staff and Diputación admins: password + TOTP (add the secret to an authenticator app, or run `npm run sede -- demo-totp`)');
  console.log(line(DEMO_PLATFORM_ADMIN, `http://${cfg.BASE_DOMAIN}${port}/admin`));
  for (const t of DEMO_TOWNS) console.log(line(demoStaffAdmin(t.slug), `http://${t.slug}.${cfg.BASE_DOMAIN}${port}/personal`));
  console.log(`  Certificates: ${path.join(cfg.DATA_DIR, 'pki', 'citizens', 'certs')}/*.p12 (password "${DEMO_P12_PASSWORD}"; see README.txt there).`);
  console.log(`    Import one in the browser, then on a sede: Identificarse → Identificarse con certificado (the listener is https://<town>.${cfg.BASE_DOMAIN}:${cfg.HTTPS_PORT}).`);
  console.log('    empleado-<town>.p12 is staff (registro, tramitador) of its town: /personal → Identificarse con certificado.');
  const pin = demoPinCitizens().slice(0, 3).map((c) => `${c.nif} ${c.email}`).join(', ');
  console.log(`  PIN by e-mail: e.g. ${pin}; the codes appear on each sede's /buzon-demo page.`);
}
