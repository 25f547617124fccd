import path from 'node:path';
import type { Command } from 'commander';
import { config } from '../../config.ts';
import { loadOrCreateDeploymentPki } from '../../pki/deployment-pki.ts';
import { DEMO_P12_PASSWORD, generateDemoCitizenPki } from '../../pki/demo-citizens.ts';

/** `sede certs demo [--dir <dir>] [--force]`: the deployment's demo PKI and the citizens' demo certificates. */
export function registerCerts(program: Command): void {
  const certs = program.command('certs').description('demo certificates (PKI)');
  certs
    .command('demo')
    .description('create (or reuse) the demo CA, TLS certificate, CRLs and citizen .p12 files')
    .option('--dir <dir>', 'folder for the PKI (default: DATA_DIR/pki)')
    .option('--force', 'regenerate the citizen certificates even if they exist')
    .action(async (opts: { dir?: string; force?: boolean }) => {
      const dir = path.resolve(opts.dir ?? path.join(config().DATA_DIR, 'pki'));
      const rel = (file: string) => {
        const r = path.relative(process.cwd(), file);
        return r && !r.startsWith('..') ? r : file;
      };
      const started = Date.now();
      const deployment = await loadOrCreateDeploymentPki(dir, { baseDomain: config().BASE_DOMAIN });
      const citizens = await generateDemoCitizenPki(dir, { force: opts.force ?? false });

      console.log(`Deployment PKI (DEMO) in ${rel(deployment.paths.dir)}`);
      console.log(`  root CA        ${rel(deployment.paths.rootCertificate)}`);
      console.log(`  seal CA        ${rel(deployment.paths.sealCaCertificate)}`);
      console.log(`  TLS server     ${rel(deployment.paths.serverCertificate)}  (${deployment.server.hostnames.join(', ')})`);
      console.log(`  CRLs           ${rel(deployment.paths.crlBundle)}`);
      console.log(`Citizen certificates (DEMO) in ${rel(citizens.paths.dir)}${citizens.created ? '' : '  (reused; --force regenerates)'}`);
      console.log(`  trust bundle   ${rel(citizens.paths.trustBundle)}`);
      console.log(`  CRL bundle     ${rel(citizens.paths.crlBundle)}`);
      console.log(`  password of every .p12: ${DEMO_P12_PASSWORD}`);
      for (const c of citizens.manifest.certificates) {
        console.log(`  ${c.p12.padEnd(34)} ${c.status.padEnd(12)} ${c.description}`);
      }
      console.log(`Done in ${Date.now() - started} ms. See ${rel(citizens.paths.readme)}.`);
    });
}
