import request from 'supertest';
import type { Express } from 'express';
import { createApp } from '../../server/app.ts';
import { resetConfig } from '../../server/config.ts';
import type { Database } from '../../server/db/database.ts';
import { CSV_ALPHABET, generateCsv } from '../../server/documents/csv-code.ts';
import { findDocumentByCsv } from '../../server/documents/find-by-csv.ts';
import { issueTenantDocument, type IssuedTenantDocument } from '../../server/documents/issue-tenant-document.ts';
import { closeDocumentRenderer } from '../../server/documents/renderer.ts';
import { sampleVolanteEmpadronamiento } from '../../server/documents/sample-data.ts';
import type { Tenant } from '../../server/platform/types.ts';
import { createTestTenant, hostFor, startTestApp } from '../support/test-app.ts';

/**
 * csv-enum (RELIABILITY.md): 100k random CSVs find nothing; the look-up limit answers 429 with
 * Retry-After; a miss and a malformed code get the same answer (status, headers that matter,
 * body byte for byte) in about the same time.
 */
let app: Express;
let database: Database;
let tenant: Tenant;
let doc: IssuedTenantDocument;
const savedEnv = { ...process.env };

/** An app whose look-up limits are the given ones (each app counts on its own). */
function appWithLimits(perAddress: number, global: number): Express {
  process.env.VERIFY_RATE_PER_ADDRESS = String(perAddress);
  process.env.VERIFY_RATE_GLOBAL = String(global);
  resetConfig();
  return createApp();
}

beforeAll(async () => {
  ({ database } = await startTestApp());
  app = appWithLimits(1_000_000, 1_000_000);
  tenant = await createTestTenant({ name: 'Ayuntamiento de Fuentelcésped' });
  doc = await issueTenantDocument(tenant, { template: 'volante-empadronamiento', lng: 'es', data: sampleVolanteEmpadronamiento('es') });
}, 120_000);

afterAll(async () => {
  process.env = savedEnv;
  resetConfig();
  await closeDocumentRenderer();
  await database?.close();
});

const lookup = (a: Express, code: string, host = hostFor(tenant)) =>
  request(a).get(`/api/verify/${encodeURIComponent(code)}`).set('Host', host).set('Accept-Language', 'es');

/** A random code of the right shape, from the CSV alphabet (Math.random: these are guesses, not CSVs). */
function randomWellFormed(): string {
  let s = '';
  for (let i = 0; i < 20; i++) s += CSV_ALPHABET[Math.floor(Math.random() * CSV_ALPHABET.length)];
  return s.match(/.{4}/g)!.join('-');
}

const MALFORMED = [
  '', 'X', '1234', 'AAAA-BBBB-CCCC-DDDD', 'AAAA-BBBB-CCCC-DDDD-EEEE-F', '0000-0000-0000-0000-0000', 'OOOO-IIII-LLLL-1111-0000',
  "' OR 1=1 --", 'AAAA%00BBBB', '../../etc/passwd', '<script>alert(1)</script>', 'ÀÉÎÕÜ-ÀÉÎÕÜ-ÀÉÎÕÜ-ÀÉÎÕÜ', 'Z'.repeat(200),
  '%', ' ', 'null', 'undefined', '\u202e', 'aaaa bbbb cccc dddd eeee',
];

test('the real code is found, however it is typed (lower case, spaces, no dashes)', async () => {
  for (const typed of [doc.printedCsv, doc.csv, doc.csv.toLowerCase(), doc.printedCsv.replace(/-/g, ' '), ` ${doc.printedCsv.toLowerCase()} `]) {
    expect((await findDocumentByCsv(typed))?.document.id).toBe(doc.id);
  }
  const res = await lookup(app, doc.printedCsv.toLowerCase().replace(/-/g, ' ')).expect(200);
  expect(res.body.csv).toBe(doc.printedCsv);
});

test('100,000 random CSVs (CSPRNG, CSV alphabet) through the service find nothing', async () => {
  const codes = Array.from({ length: 100_000 }, () => generateCsv());
  let hits = 0;
  let next = 0;
  const worker = async () => {
    while (next < codes.length) {
      const code = codes[next++]!;
      if (await findDocumentByCsv(code)) hits++;
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  expect(next).toBe(100_000);
  expect(hits).toBe(0);
}, 300_000);

test('2,000 random codes and every kind of malformed input over HTTP: the same 404, byte for byte', async () => {
  const reference = await lookup(app, randomWellFormed()).expect(404);
  expect(reference.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  expect(reference.body).toEqual({
    type: 'urn:sede:problem:documents.csvNotFound', title: 'No encontrado', status: 404, code: 'documents.csvNotFound',
    detail: 'No hay ningún documento con ese código seguro de verificación. Compruebe que lo ha escrito tal como aparece en el documento.',
    instance: '/api/verify/{csv}',
  });
  const inputs = [...Array.from({ length: 2_000 }, randomWellFormed), ...MALFORMED.filter((m) => m.trim() !== '')];
  const seen = new Set<string>();
  for (let i = 0; i < inputs.length; i += 16) {
    const batch = await Promise.all(inputs.slice(i, i + 16).map((code) => lookup(app, code)));
    for (const r of batch) {
      expect(r.status).toBe(404);
      expect(r.headers['content-type']).toBe(reference.headers['content-type']);
      expect(r.headers['retry-after']).toBeUndefined();
      seen.add(r.text);
    }
  }
  expect([...seen]).toEqual([reference.text]);
  // The same for the PDF and the ENI export.
  for (const suffix of ['/pdf', '/eni.xml']) {
    const miss = await request(app).get(`/api/verify/${randomWellFormed()}${suffix}`).set('Host', hostFor(tenant)).expect(404);
    const bad = await request(app).get(`/api/verify/not-a-csv${suffix}`).set('Host', hostFor(tenant)).expect(404);
    expect(bad.text).toBe(miss.text);
    expect(JSON.parse(miss.text).code).toBe('documents.csvNotFound');
  }
}, 300_000);

test('a miss and a malformed code take about the same time', async () => {
  const time = async (code: string) => {
    const t0 = performance.now();
    await lookup(app, code).expect(404);
    return performance.now() - t0;
  };
  const miss: number[] = [];
  const malformed: number[] = [];
  for (let i = 0; i < 300; i++) {
    miss.push(await time(randomWellFormed()));
    malformed.push(await time(MALFORMED[i % MALFORMED.length]!.trim() || 'x'));
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  const ratio = median(malformed) / median(miss);
  // Both go through the same index look-up; a shared 2-core machine adds noise, hence the margin.
  expect(ratio).toBeGreaterThan(0.6);
  expect(ratio).toBeLessThan(1.6);
}, 120_000);

test('per address: after the limit, 429 problem+json with Retry-After — for hits, misses, PDFs alike', async () => {
  const limited = appWithLimits(20, 1_000);
  for (let i = 0; i < 19; i++) await lookup(limited, randomWellFormed()).expect(404);
  await lookup(limited, doc.csv).expect(200); // the 20th
  const refused = await lookup(limited, doc.csv).expect(429);
  expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
  expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
  expect(refused.body).toMatchObject({ status: 429, code: 'documents.tooManyLookups', title: 'Demasiadas solicitudes' });
  expect(refused.body.detail).toMatch(/^Ha hecho demasiadas consultas de códigos seguros de verificación en poco tiempo\. Vuelva a intentarlo dentro de \d+ segundos\.$/);
  await request(limited).get(`/api/verify/${doc.csv}/pdf`).set('Host', 'sede.localhost').expect(429);
  await lookup(limited, 'malformed', 'sede.localhost').expect(429);
  // Other routes are not limited.
  await request(limited).get('/api/sede').set('Host', hostFor(tenant)).expect(200);
});

test('global: all addresses together are limited as well', async () => {
  const limited = appWithLimits(1_000, 25);
  const statuses: number[] = [];
  for (let i = 0; i < 30; i++) statuses.push((await lookup(limited, randomWellFormed())).status);
  expect(statuses.slice(0, 25).every((s) => s === 404)).toBe(true);
  expect(statuses.slice(25).every((s) => s === 429)).toBe(true);
});

test('the CSV never reaches the access log', async () => {
  const { logPath } = await import('../../server/http/request-log.ts');
  expect(logPath(`/api/verify/${doc.csv}/pdf?x=1`)).toBe('/api/verify/:csv/pdf');
  expect(logPath(`/api/verify/${doc.csv}`)).toBe('/api/verify/:csv');
  expect(logPath('/api/sede')).toBe('/api/sede');
});
