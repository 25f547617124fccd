import net from 'node:net';
import path from 'node:path';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { config, resetConfig } from '../../server/config.ts';
import type { Database } from '../../server/db/database.ts';
import { startCertificateListener, type CertificateListener } from '../../server/identity/certificate-listener.ts';
import { DEMO_P12_PASSWORD } from '../../server/pki/index.ts';
import type { Tenant } from '../../server/platform/types.ts';
import { launchChromium, seriousAxeViolations } from '../support/browser.ts';
import { demoPki } from '../support/certificate-client.ts';
import { installLocalhostDns } from '../support/localhost-dns.ts';
import { createTestTenant, startTestApp } from '../support/test-app.ts';
import { ensureClientBuilt } from '../../server/cli/client-build.ts';

/**
 * End to end in Chromium: the login page, "Identificarse con certificado", the browser presents
 * a demo certificate to the HTTPS listener (Playwright clientCertificates), the ticket brings
 * the person back to the sede, and "Mi cuenta" shows who they are, how and at what level.
 */
const freePort = () => new Promise<number>((resolve) => {
  const s = net.createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address() as net.AddressInfo;
    s.close(() => resolve(port));
  });
});

let database: Database;
let server: Server;
let listener: CertificateListener;
let browser: Browser;
let tenant: Tenant;
let restoreDns: () => void;

beforeAll(async () => {
  // The sede redirects between its two listeners by port: make them the ones used here.
  process.env.PORT = String(await freePort());
  process.env.HTTPS_PORT = String(await freePort());
  resetConfig();
  const started = await startTestApp();
  database = started.database;
  tenant = await createTestTenant({ name: 'Ayuntamiento de Prueba Certificada', languages: ['es', 'ca'], defaultLanguage: 'es' });
  ensureClientBuilt();
  server = await new Promise<Server>((resolve) => { const s = started.app.listen(config().PORT, '127.0.0.1', () => resolve(s)); });
  listener = await startCertificateListener({ port: config().HTTPS_PORT, host: '127.0.0.1' });
  restoreDns = installLocalhostDns();
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  restoreDns?.();
  await listener?.close();
  await new Promise((r) => server?.close(r));
  await database?.close();
});

test('log in with a demo certificate and see "Mi cuenta"', async () => {
  const pki = await demoPki();
  const entry = pki.manifest.certificates.find((c) => c.id === 'ciudadana-fnmt')!;
  const host = `${tenant.slug}.sede.localhost`;
  const context = await browser.newContext({
    clientCertificates: [{ origin: `https://${host}:${config().HTTPS_PORT}`, pfxPath: path.join(pki.paths.dir, entry.p12), passphrase: DEMO_P12_PASSWORD }],
    ignoreHTTPSErrors: true, // the listener's certificate comes from the demo deployment CA
    bypassCSP: true, // axe-core is injected as a script
    locale: 'es-ES',
  });
  const page = await context.newPage();
  await page.goto(`http://${host}:${config().PORT}/acceso`);
  await page.getByRole('heading', { level: 1, name: 'Identificarse en la sede electrónica' }).waitFor();
  expect(await seriousAxeViolations(page)).toEqual([]);

  const started = Date.now();
  await page.getByRole('link', { name: 'Identificarse con certificado' }).click();
  await page.waitForURL(`http://${host}:${config().PORT}/mi-cuenta`);
  await page.getByRole('heading', { level: 1, name: 'Mi cuenta' }).waitFor();
  const main = page.locator('main');
  await main.getByText('MARÍA JOSÉ NÚÑEZ PEÑA').waitFor();
  await main.getByText('Certificado electrónico').first().waitFor();
  await main.getByText('Alto', { exact: true }).waitFor();
  await main.getByText('Es la primera vez que accede a esta sede.').waitFor();
  const elapsed = Date.now() - started;
  expect(elapsed).toBeLessThan(10_000);
  expect(await page.locator('sede-session-link').textContent()).toContain('Mi cuenta');
  expect(await seriousAxeViolations(page)).toEqual([]);

  // The session cookie is HttpOnly and SameSite=Lax.
  const cookie = (await context.cookies()).find((c) => c.name === 'sede_sid')!;
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });

  // Log out: back to the login page, and "Mi cuenta" says so.
  await page.getByRole('button', { name: 'Cerrar sesión' }).click();
  await page.waitForURL(/\/acceso$/);
  await page.goto(`http://${host}:${config().PORT}/mi-cuenta`);
  await page.getByText('No se ha identificado en esta sede.').waitFor();
  await context.close();
}, 120_000);

test('a revoked certificate comes back to the login page with the reason', async () => {
  const pki = await demoPki();
  const entry = pki.manifest.certificates.find((c) => c.id === 'revocado')!;
  const host = `${tenant.slug}.sede.localhost`;
  const context = await browser.newContext({
    clientCertificates: [{ origin: `https://${host}:${config().HTTPS_PORT}`, pfxPath: path.join(pki.paths.dir, entry.p12), passphrase: DEMO_P12_PASSWORD }],
    ignoreHTTPSErrors: true, locale: 'ca-ES',
  });
  const page = await context.newPage();
  await page.goto(`http://${host}:${config().PORT}/acceso?lang=ca`);
  await page.getByRole('link', { name: 'Identificar-se amb certificat' }).click();
  await page.waitForURL(/\/acceso\?error=certificate\.revoked/);
  await page.getByText("L'entitat que va emetre el vostre certificat l'ha revocat").waitFor();
  await context.close();
}, 120_000);
