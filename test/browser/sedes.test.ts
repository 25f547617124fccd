import type { Server } from 'node:http';
import { expect as jestExpect } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Database } from '../../server/db/database.ts';
import type { Tenant } from '../../server/platform/types.ts';
import { launchChromium, listen, seriousAxeViolations } from '../support/browser.ts';
import { randomBytes } from 'node:crypto';
import { insertAccount } from '../../server/identity/accounts.repository.ts';
import { hashPassword } from '../../server/identity/passwords.ts';
import { currentTotp, newTotpSecret } from '../../server/identity/totp.ts';
import { createTestTenant, startTestApp } from '../support/test-app.ts';

/**
 * Two sedes in a real browser: each shows its own branding and languages, the language
 * switcher works, and the portal, a sede home and the admin page pass axe-core (no serious
 * or critical WCAG 2.1 AA violations).
 */
let database: Database;
let server: Server;
let port: number;
let browser: Browser;
let context: BrowserContext;
let green: Tenant;
let basque: Tenant;

beforeAll(async () => {
  const started = await startTestApp();
  database = started.database;
  green = await createTestTenant({ name: 'Ayuntamiento de Villaverde', languages: ['es'], defaultLanguage: 'es',
    branding: { primaryColor: '#00843D', secondaryColor: '#C8102E', address: { street: 'Plaza de España, 1', postalCode: '06810', city: 'Villaverde', province: 'Badajoz' } } });
  basque = await createTestTenant({ name: 'Ibarrako Udala', names: { eu: 'Ibarrako Udala', es: 'Ayuntamiento de Ibarra' }, languages: ['eu', 'es'], defaultLanguage: 'eu', community: 'PV',
    branding: { primaryColor: '#1E4FA0', secondaryColor: '#D4A017', address: { street: 'Euskal Herria plaza, 1', postalCode: '20230', city: 'Ibarra', province: 'Gipuzkoa' } } });
  ({ server, port } = await listen(started.app));
  browser = await launchChromium();
  // axe is injected as a script: let it past the sede's Content-Security-Policy.
  // An English browser: neither sede offers English, so each opens in its own default language.
  context = await browser.newContext({ bypassCSP: true, locale: 'en-GB' });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
  await database?.close();
});

const url = (host: string, path = '/') => `http://${host}:${port}${path}`;
const sedeHost = (t: Tenant) => `${t.slug}.sede.localhost`;

async function open(path: string, host: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url(host, path));
  await page.locator('h1').first().waitFor();
  return page;
}

// Page-side globals, typed here because the tests compile without the DOM library.
type PageWindow = { document: { documentElement: { lang: string } }; getComputedStyle(el: unknown): { getPropertyValue(name: string): string } };
const brandPrimary = (page: Page) => page.evaluate(() => {
  const w = globalThis as unknown as PageWindow;
  return w.getComputedStyle(w.document.documentElement).getPropertyValue('--brand-primary').trim().toLowerCase();
});

test('each sede shows its own name, colours and languages', async () => {
  const a = await open('/', sedeHost(green));
  const b = await open('/', sedeHost(basque));
  await expect(a.locator('header')).toContainText('Ayuntamiento de Villaverde');
  await expect(b.locator('header')).toContainText('Ibarrako Udala');
  expect(await brandPrimary(a)).toBe('#00843d');
  expect(await brandPrimary(b)).toBe('#1e4fa0');
  expect(await a.getAttribute('html', 'lang')).toBe('es');
  expect(await b.getAttribute('html', 'lang')).toBe('eu'); // Basque is Ibarra's default
  // The switcher offers only the sede's own languages.
  expect(await a.locator('[lang="eu"]').filter({ hasText: 'Euskara' }).count()).toBe(0);
  await a.close();
  await b.close();
});

test('switching the language of a Basque sede to Spanish changes the page and is remembered', async () => {
  const page = await open('/', sedeHost(basque));
  const h1eu = await page.locator('h1').first().innerText();
  expect(await page.getAttribute('html', 'lang')).toBe('eu');
  await page.getByRole('button', { name: 'Castellano' }).click();
  await page.waitForFunction(() => (globalThis as unknown as PageWindow).document.documentElement.lang === 'es');
  await expect(page.locator('header')).toContainText('Ayuntamiento de Ibarra');
  const h1es = await page.locator('h1').first().innerText();
  expect(h1es).not.toBe(h1eu);
  await page.reload();
  await page.locator('h1').first().waitFor();
  expect(await page.getAttribute('html', 'lang')).toBe('es');
  await page.close();
});

test.each([
  ['the Diputación portal', '/', 'sede.localhost'],
  ['a sede home', '/', 'BASQUE'],
  ['the admin page', '/admin', 'sede.localhost'],
])('axe-core finds no serious or critical violations on %s', async (_name, path, host) => {
  const page = await open(path, host === 'BASQUE' ? sedeHost(basque) : host);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.close();
});

test('the admin page lists the sedes once a Diputación admin logs in (password + TOTP)', async () => {
  const username = `adm${randomBytes(4).toString('hex')}`;
  const totpSecret = newTotpSecret();
  await insertAccount(database.knex, 'platform.platform_admins', { username, name: 'Administración de prueba', passwordHash: await hashPassword('contraseña de prueba'), totpSecret });
  const page = await open('/admin', 'sede.localhost');
  await page.locator('#f-username').fill(username);
  await page.locator('#f-password').fill('contraseña de prueba');
  await page.locator('#f-totp').fill(await currentTotp(totpSecret));
  await page.locator('#f-totp').press('Enter');
  await expect(page.locator('table')).toContainText(green.slug);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.close();
});

// Small matcher helpers on top of jest for locators.
async function expectText(locator: import('playwright-core').Locator, text: string) {
  await locator.filter({ hasText: text }).first().waitFor({ timeout: 10_000 });
}
function expect<T>(actual: T) {
  const base = jestExpect(actual);
  return Object.assign(base, {
    toContainText: (text: string) => expectText(actual as unknown as import('playwright-core').Locator, text),
  });
}
