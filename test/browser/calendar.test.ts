import type { Server } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Database } from '../../server/db/database.ts';
import { onboardTenant } from '../../server/platform/onboard-tenant.ts';
import { OnboardTenant } from '../../server/platform/tenants.schemas.ts';
import type { Tenant } from '../../server/platform/types.ts';
import { launchChromium, listen, seriousAxeViolations } from '../support/browser.ts';
import { onboardingBody, startTestApp } from '../support/test-app.ts';

/**
 * The calendar pages in a real browser: the month grid is usable with the keyboard alone and
 * says why a day is inhábil; the calculator answers; the information page shows the
 * certificate's fingerprint; the header clock ticks; no serious axe-core violations.
 */
let database: Database;
let server: Server;
let port: number;
let browser: Browser;
let context: BrowserContext;
let tenant: Tenant;

beforeAll(async () => {
  const started = await startTestApp();
  database = started.database;
  tenant = await onboardTenant(OnboardTenant.parse(onboardingBody({ community: 'EX' })), {
    actor: 'test', calendarYears: [2026, 2027], localHolidays: [{ date: '2026-03-19', layer: 'local', names: { es: 'San José' } }],
  });
  ({ server, port } = await listen(started.app));
  browser = await launchChromium();
  context = await browser.newContext({ bypassCSP: true, locale: 'es-ES' });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
  await database?.close();
});

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`http://${tenant.slug}.sede.localhost:${port}${path}`);
  await page.locator('h1').first().waitFor();
  return page;
}

/** Waits until the locator shows the text (playwright-core has no test runner matchers). */
async function shows(locator: import('playwright-core').Locator, text: string | RegExp): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor({ timeout: 10_000 });
}

/** Waits until the keyboard focus is on the day `date` of the grid. */
const focusOn = (page: Page, date: string) => page.waitForFunction((d) => {
  const doc = (globalThis as unknown as { document: { activeElement: { getAttribute(name: string): string | null } | null } }).document;
  return doc.activeElement?.getAttribute('data-date') === d;
}, date, { timeout: 5_000 });

test('the month grid works with the keyboard and explains each día inhábil', async () => {
  const page = await open('/calendario');
  const start = await page.locator('button.day[tabindex="0"]').getAttribute('data-date');
  await page.locator('button.day[tabindex="0"]').focus();
  const [y, m] = [Number(start!.slice(0, 4)), Number(start!.slice(5, 7))];
  const months = (y - 2026) * 12 + (m - 3);
  for (let i = 0; i < Math.abs(months); i++) await page.keyboard.press(months > 0 ? 'PageUp' : 'PageDown');
  await page.locator('h3#month-caption', { hasText: 'marzo de 2026' }).waitFor();
  const here = Number((await page.locator('button.day[tabindex="0"]').getAttribute('data-date'))!.slice(8, 10));
  for (let i = 0; i < Math.abs(here - 19); i++) await page.keyboard.press(here > 19 ? 'ArrowLeft' : 'ArrowRight');
  await focusOn(page, '2026-03-19');
  await page.keyboard.press('Enter');
  await shows(page.locator('.detail'), '19/03/2026 (jueves): día inhábil. San José (fiesta local).');
  await page.keyboard.press('ArrowDown');
  await focusOn(page, '2026-03-26');
  await shows(page.locator('.festivos'), 'San José');
  expect(await page.locator('a[href^="/api/calendar/2026.ics"]').count()).toBe(1);
  expect(await seriousAxeViolations(page)).toEqual([]);
});

test('the calculator gives the vencimiento and the skipped days; the header clock ticks', async () => {
  const page = await open('/plazos');
  await page.fill('#notified', '2026-03-31');
  await page.fill('#amount', '5');
  await page.click('button[type="submit"]');
  await shows(page.locator('#plazo-result'), 'El plazo vence el 09/04/2026 (jueves).');
  await shows(page.locator('#plazo-result'), '5 días hábiles desde el 31/3/2026 → vence el 9/4/2026; se saltan 2, 3, 4 y 5/4');
  await page.fill('#notified', '2026-02-30');
  await page.click('button[type="submit"]').catch(() => undefined);
  const clock = page.locator('.official-clock time');
  await shows(clock, /\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2} \(UTC\+0[12]:00\)/);
  expect(await seriousAxeViolations(page)).toEqual([]);
});

test('the information page shows the certificate fingerprint and the accepted systems', async () => {
  const page = await open('/informacion');
  await shows(page.locator('.fingerprint'), /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  await shows(page.locator('#info-identification'), 'Certificado electrónico cualificado');
  expect(await seriousAxeViolations(page)).toEqual([]);
});
