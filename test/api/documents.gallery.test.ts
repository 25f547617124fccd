import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import type { Express } from 'express';
import type { Database } from '../../server/db/database.ts';
import { closeDocumentRenderer } from '../../server/documents/renderer.ts';
import { SAMPLE_CSV } from '../../server/documents/sample-gallery.ts';
import type { Tenant } from '../../server/platform/types.ts';
import { documentCounts } from '../support/documents.ts';
import { citizenAgent, staffAgent, type StaffAgent } from '../support/sessions.ts';
import { createTestTenant, hostFor, startTestApp } from '../support/test-app.ts';
import { pageTexts, pdfTool } from '../unit/documents/pdf-tools.ts';

/**
 * The staff gallery: every template in every language of the sede, rendered and sealed with
 * invented data, marked as samples on every page, never stored nor entered in the CSV index.
 */
let app: Express;
let database: Database;
let tenant: Tenant;
let staff: StaffAgent;
let dir: string;

beforeAll(async () => {
  ({ app, database } = await startTestApp());
  tenant = await createTestTenant({ name: 'Ajuntament de Vilamuestra', names: { ca: 'Ajuntament de Vilamuestra', es: 'Ayuntamiento de Vilamuestra', eu: 'Vilamuestrako Udala' },
    languages: ['ca', 'es', 'eu'], defaultLanguage: 'ca', community: 'CT' });
  staff = await staffAgent(app, tenant, ['tramitador']);
  dir = mkdtempSync(path.join(os.tmpdir(), 'sede-gallery-'));
}, 120_000);

afterAll(async () => {
  await closeDocumentRenderer();
  await database?.close();
  rmSync(dir, { recursive: true, force: true });
});

const MARKS = { es: 'Muestra sin validez', ca: 'Mostra sense validesa', eu: 'Balio gabeko lagina' } as const;

test('the gallery lists the three templates in the sede\'s languages', async () => {
  const res = await staff.get('/api/documents/gallery').set('Accept-Language', 'es').expect(200);
  expect(res.body.items.map((i: { template: string }) => i.template)).toEqual(['justificante', 'diligencia-publicacion', 'volante-empadronamiento']);
  for (const item of res.body.items) {
    expect(item.samples.map((s: { lng: string }) => s.lng)).toEqual(['ca', 'es', 'eu']);
    for (const s of item.samples) expect(s.url).toBe(`/api/documents/gallery/${item.template}?lng=${s.lng}`);
  }
  expect(res.body.items[0].samples.find((s: { lng: string }) => s.lng === 'eu').title).toBe('Aurkezpen-egiaztagiria');
});

test('every sample is a sealed PDF marked as a sample on every page, with the unverifiable sample CSV, stored nowhere', async () => {
  const before = await documentCounts(tenant);
  const list = (await staff.get('/api/documents/gallery').expect(200)).body.items as Array<{ samples: Array<{ lng: keyof typeof MARKS; url: string }> }>;
  for (const { lng, url } of list.flatMap((i) => i.samples)) {
    const res = await staff.get(url).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.body as Buffer;
    expect(pdfTool(dir, 'pdfsig', pdf, ['-nocert'])).toContain('Signature is Valid');
    const pages = pageTexts(dir, pdf);
    for (const text of pages) {
      expect(text.toUpperCase()).toContain(MARKS[lng].toUpperCase()); // the header band is in capitals
      expect(text).toContain(SAMPLE_CSV);
    }
    expect(pages[0]).toContain(tenant.names[lng]!);
  }
  expect(await documentCounts(tenant)).toEqual(before);
  // The sample CSV answers like any unknown code.
  const sample = await request(app).get(`/api/verify/${SAMPLE_CSV}`).set('Host', hostFor(tenant)).expect(404);
  const miss = await request(app).get('/api/verify/2222-3333-4444-5555-6666').set('Host', hostFor(tenant)).expect(404);
  expect(sample.text).toBe(miss.text);
}, 180_000);

test('staff only, of this sede; an unknown template or a language the sede does not offer is refused', async () => {
  await request(app).get('/api/documents/gallery').set('Host', hostFor(tenant)).expect(401);
  await request(app).get('/api/documents/gallery/justificante').set('Host', hostFor(tenant)).expect(401);
  const other = await createTestTenant();
  const otherStaff = await staffAgent(app, other);
  await otherStaff.agent.get('/api/documents/gallery').set('Host', hostFor(tenant)).expect(401); // its session is not this sede's
  const citizen = await citizenAgent(app, tenant);
  await citizen.get('/api/documents/gallery').expect(403);
  await request(app).get('/api/documents/gallery').set('Host', 'sede.localhost').expect(404);
  const unknown = await staff.get('/api/documents/gallery/certificado-de-nada').expect(400);
  expect(unknown.body.code).toBe('documents.unknownTemplate');
  const lng = await staff.get('/api/documents/gallery/justificante?lng=fr').expect(422);
  expect(lng.body.code).toBe('documents.languageNotEnabled');
  const otherLng = await otherStaff.get('/api/documents/gallery/justificante?lng=eu').expect(422);
  expect(otherLng.body.code).toBe('documents.languageNotEnabled');
});
