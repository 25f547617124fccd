import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { resetConfig } from '../../server/config.ts';
import type { Database } from '../../server/db/database.ts';
import { issueTenantDocument, type IssuedTenantDocument } from '../../server/documents/issue-tenant-document.ts';
import { closeDocumentRenderer } from '../../server/documents/renderer.ts';
import { sampleJustificante } from '../../server/documents/sample-data.ts';
import { insertAccount } from '../../server/identity/accounts.repository.ts';
import { hashPassword } from '../../server/identity/passwords.ts';
import { currentTotp, newTotpSecret } from '../../server/identity/totp.ts';
import type { Tenant } from '../../server/platform/types.ts';
import { withTenant } from '../../server/tenancy/with-tenant.ts';
import { launchChromium, listen, seriousAxeViolations } from '../support/browser.ts';
import { createTestTenant, startTestApp } from '../support/test-app.ts';
import { pageTexts } from '../unit/documents/pdf-tools.ts';

/**
 * The public "Verificación de documentos (CSV)" page in a real browser: the URL printed on a
 * document (read back from the PDF with pdftotext) opens it with the code filled in and
 * verified; the hash the page shows is the stored one and the hash of the PDF it links to; a
 * document of one sede checked on another sede or on the portal shows its owner; unknown and
 * malformed codes get the same neutral message; the look-up limit gets its own message. And the
 * staff gallery for a logged-in member of staff.
 */
let database: Database;
let server: Server;
let port: number;
let browser: Browser;
let context: BrowserContext;
let owner: Tenant;
let other: Tenant;
let doc: IssuedTenantDocument;
let dir: string;
const savedEnv = { ...process.env };

beforeAll(async () => {
  process.env.VERIFY_RATE_PER_ADDRESS = '12';
  resetConfig();
  const started = await startTestApp();
  database = started.database;
  ({ server, port } = await listen(started.app));
  // Documents print the sede's URL with the configured port: make it this server's.
  process.env.PORT = String(port);
  resetConfig();
  owner = await createTestTenant({ name: 'Ayuntamiento de Robledillo', languages: ['es', 'ca'], defaultLanguage: 'es' });
  other = await createTestTenant({ name: 'Ayuntamiento de Otero', languages: ['es'], defaultLanguage: 'es' });
  doc = await issueTenantDocument(owner, { template: 'justificante', lng: 'es', data: sampleJustificante('es') });
  dir = mkdtempSync(path.join(os.tmpdir(), 'sede-verify-browser-'));
  browser = await launchChromium();
  context = await browser.newContext({ bypassCSP: true, locale: 'es-ES', acceptDownloads: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
  await closeDocumentRenderer();
  await database?.close();
  process.env = savedEnv;
  resetConfig();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const host = (t: Tenant | 'portal') => (t === 'portal' ? 'sede.localhost' : `${t.slug}.sede.localhost`);
const url = (t: Tenant | 'portal', p: string) => `http://${host(t)}:${port}${p}`;
const grouped = (hex: string) => hex.match(/.{8}/g)!.join(' ');

async function openVerification(address: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(address);
  await page.locator('h1').first().waitFor();
  return page;
}

/** A GET from inside the page (its cookies, its host): status, content type and SHA-256 of the body. */
function fetchInPage(page: Page, href: string): Promise<{ status: number; type: string | null; sha256: string }> {
  return page.evaluate(async (u) => {
    const r = await fetch(u);
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await r.arrayBuffer()));
    return { status: r.status, type: r.headers.get('content-type'), sha256: Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('') };
  }, href);
}

/** Types a code, submits, and waits for the API's answer. */
async function submit(page: Page, code: string): Promise<void> {
  await page.getByLabel('Código seguro de verificación (CSV)').fill(code);
  await Promise.all([
    page.waitForResponse((r) => r.url().includes('/api/verify/')),
    page.getByRole('button', { name: 'Verificar' }).click(),
  ]);
}

async function outcome(page: Page): Promise<string> {
  const el = page.locator('#verification-outcome');
  await el.waitFor({ timeout: 15_000 });
  return (await page.locator('.outcome').innerText()).replace(/\s+/g, ' ');
}

test('the URL printed on the document opens the page with the code filled in and verified; the hash shown is the stored one', async () => {
  const printed = pageTexts(dir, doc.pdf)[0]!;
  const printedUrl = /https?:\/\/\S+\/verificacion\?csv=[A-Z0-9]+/.exec(printed)?.[0];
  expect(printedUrl).toBe(`${url(owner, '/verificacion')}?csv=${doc.csv}`);

  const page = await openVerification(printedUrl!);
  const text = await outcome(page);
  expect(await page.locator('#csv-input').inputValue()).toBe(doc.csv);
  expect(text).toContain(`Documento con CSV ${doc.printedCsv}`);
  expect(text).toContain('Documento auténtico.');
  expect(text).toContain('Justificante de presentación');
  expect(text).toContain('Acuse de recibo');
  expect(await page.locator('#document-owner').innerText()).toContain('Ayuntamiento de Robledillo');
  expect(await page.locator('#seal-signer').innerText()).toContain('Ayuntamiento de Robledillo');
  expect(text).not.toContain('no esta sede');

  // The hash on the page = the stored hash = the hash of the PDF the page links to.
  const shown = (await page.locator('#document-hash').innerText()).trim();
  const stored = await withTenant(owner, async (tdb) => (await tdb('documents').where({ id: doc.id }).first('sha256')).sha256 as string);
  expect(shown).toBe(grouped(stored));
  const href = await page.getByRole('link', { name: 'Descargar el documento original (PDF)' }).getAttribute('href');
  const pdf = await fetchInPage(page, href!);
  expect(pdf.type).toBe('application/pdf');
  expect(pdf.sha256).toBe(stored);

  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.close();
});

test('on another sede and on the portal the document is shown as its owner\'s', async () => {
  for (const site of [other, 'portal'] as const) {
    const page = await openVerification(url(site, `/verificacion?csv=${doc.csv}`));
    const text = await outcome(page);
    expect(text).toContain('Este documento lo ha emitido Ayuntamiento de Robledillo, no esta sede.');
    expect(await page.locator('#document-owner').innerText()).toContain('Ayuntamiento de Robledillo');
    expect(await page.getByRole('link', { name: 'Ir a la sede electrónica de Ayuntamiento de Robledillo' }).getAttribute('href')).toContain(host(owner));
    await page.close();
  }
});

test('typed in lower case with spaces, the code is found; unknown and malformed codes get the same neutral message', async () => {
  const page = await openVerification(url(owner, '/verificacion'));
  await submit(page, doc.printedCsv.toLowerCase().replace(/-/g, ' '));
  expect(await outcome(page)).toContain(`Documento con CSV ${doc.printedCsv}`);
  expect(page.url()).toContain(`csv=${doc.csv}`);

  const messages: string[] = [];
  for (const code of ['2345-6789-ABCD-EFGH-JKMN', 'esto no es un código']) {
    await submit(page, code);
    await page.locator('.message-warning#verification-outcome').waitFor();
    messages.push(await outcome(page));
  }
  expect(messages[0]).toContain('No se ha encontrado ningún documento con ese código.');
  expect(messages[1]).toBe(messages[0]);

  await page.getByLabel('Código seguro de verificación (CSV)').fill('');
  await page.getByRole('button', { name: 'Verificar' }).click();
  expect(await page.locator('#csv-error').innerText()).toBe('Escriba el código seguro de verificación del documento.');
  await page.close();
});

test('after the look-up limit the page says so, with the wait', async () => {
  const page = await openVerification(url('portal', '/verificacion'));
  for (let i = 0; i < 15; i++) {
    await submit(page, randomBytes(10).toString('hex'));
    await page.locator('#verification-outcome').waitFor();
    if ((await page.locator('.message-error#verification-outcome').count()) > 0) break;
  }
  const text = await outcome(page);
  expect(text).toContain('Ha hecho demasiadas consultas en poco tiempo.');
  expect(text).toMatch(/Vuelva a intentarlo dentro de \d+ segundos\./);
  await page.close();
});

test('the staff gallery: staff see the link on the home page and the samples; others are told it is for staff', async () => {
  const anonymous = await openVerification(url(owner, '/documentos/muestras'));
  await anonymous.locator('.message-warning').waitFor();
  expect(await anonymous.locator('.message-warning').innerText()).toContain('reservada al personal');
  await anonymous.close();

  // A member of staff logs in with password + TOTP in this browser context.
  const username = `g${randomBytes(5).toString('hex')}`;
  const password = randomBytes(12).toString('base64url');
  const totpSecret = newTotpSecret();
  await withTenant(owner, async (tdb) => insertAccount(tdb, 'staff_accounts', { username, name: 'Persona de prueba', roles: ['registro'], passwordHash: await hashPassword(password), totpSecret }));
  const home = await openVerification(url(owner, '/'));
  expect(await home.getByRole('link', { name: 'Ver los modelos de documentos' }).count()).toBe(0);
  expect(await home.getByRole('link', { name: 'Gestión de las interrupciones del servicio' }).count()).toBe(0);
  const status = await home.evaluate(async (body) => {
    const session = await (await fetch('/api/session')).json() as { csrfToken: string };
    const r = await fetch('/api/session/password', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrfToken }, body });
    return r.status;
  }, JSON.stringify({ username, password, totp: await currentTotp(totpSecret) }));
  expect(status).toBe(200);
  await home.reload();
  // Staff also find the management pages their role opens: registro → interruptions only.
  await home.getByRole('link', { name: 'Gestión de las interrupciones del servicio' }).waitFor();
  expect(await home.getByRole('link', { name: 'Gestión del calendario de días inhábiles' }).count()).toBe(0);
  await home.getByRole('link', { name: 'Ver los modelos de documentos' }).click();
  await home.locator('table.gallery').waitFor();
  expect(await home.locator('table.gallery tbody tr').count()).toBe(3);
  const links = home.locator('table.gallery a');
  expect(await links.count()).toBe(6); // 3 templates × es, ca
  const href = await links.first().getAttribute('href');
  const sample = await fetchInPage(home, href!);
  expect(sample.status).toBe(200);
  expect(sample.type).toBe('application/pdf');
  expect(await seriousAxeViolations(home)).toEqual([]);
  await home.close();
});
