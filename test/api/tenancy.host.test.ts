import request from 'supertest';
import type { Express } from 'express';
import type { Database } from '../../server/db/database.ts';
import type { Tenant } from '../../server/platform/types.ts';
import { createTestTenant, hostFor, startTestApp } from '../support/test-app.ts';

let app: Express;
let database: Database;
let es: Tenant;
let eu: Tenant;

beforeAll(async () => {
  ({ app, database } = await startTestApp());
  es = await createTestTenant({ hostnames: [`sede.${Date.now()}-es.example`] });
  eu = await createTestTenant({ languages: ['eu', 'es'], defaultLanguage: 'eu', community: 'PV' });
});
afterAll(async () => database.close());

describe('host → site', () => {
  test('<slug>.sede.localhost (any port, any case) is that ayuntamiento', async () => {
    const r = await request(app).get('/api/sede').set('Host', `${es.slug.toUpperCase()}.SEDE.LOCALHOST:3000`).expect(200);
    expect(r.body).toMatchObject({ kind: 'sede', slug: es.slug, name: es.name });
  });

  test('a custom hostname is that ayuntamiento', async () => {
    const r = await request(app).get('/api/sede').set('Host', es.hostnames[0]!).expect(200);
    expect(r.body.slug).toBe(es.slug);
  });

  test('the bare base domain is the Diputación portal, which lists the sedes', async () => {
    const r = await request(app).get('/api/sede').set('Host', 'sede.localhost:3000').expect(200);
    expect(r.body.kind).toBe('portal');
    const list = await request(app).get('/api/sedes').set('Host', 'sede.localhost:3000').expect(200);
    const mine = list.body.items.find((i: { slug: string }) => i.slug === eu.slug);
    expect(mine).toMatchObject({ url: `http://${eu.slug}.sede.localhost:3000/`, defaultLanguage: 'eu' });
  });

  test('unknown hosts get a clear "sede not found" problem in the visitor\'s language', async () => {
    const r = await request(app).get('/api/sede').set('Host', 'nowhere.sede.localhost').set('Accept-Language', 'ca').expect(404);
    expect(r.headers['content-type']).toMatch(/problem\+json/);
    expect(r.body.code).toBe('sede_not_found');
    expect(r.body.detail).toContain('No hi ha cap seu electrònica');
    const other = await request(app).get('/api/sede').set('Host', 'evil.example.com').expect(404);
    expect(other.body.code).toBe('sede_not_found');
  });

  test('the sede list of the portal is not served on a sede host', async () => {
    await request(app).get('/api/sedes').set('Host', hostFor(es)).expect(404);
  });
});

describe('language negotiation', () => {
  const lang = async (host: string, headers: Record<string, string>) =>
    (await request(app).get('/api/nope').set('Host', host).set(headers)).headers['content-language'];

  test('tenant default when nothing else is said', async () => {
    expect(await lang(hostFor(eu), {})).toBe('eu');
    expect(await lang(hostFor(es), {})).toBe('es');
  });
  test('Accept-Language, restricted to the tenant\'s languages', async () => {
    expect(await lang(hostFor(eu), { 'Accept-Language': 'es-ES,es;q=0.9' })).toBe('es');
    expect(await lang(hostFor(eu), { 'Accept-Language': 'ca-ES,ca;q=0.9' })).toBe('eu'); // ca not enabled there
    expect(await lang(hostFor(es), { 'Accept-Language': 'eu' })).toBe('es');
  });
  test('the user\'s choice (cookie or ?lang=) wins over Accept-Language', async () => {
    expect(await lang(hostFor(eu), { 'Accept-Language': 'es', Cookie: 'sede_lang=eu' })).toBe('eu');
    const r = await request(app).get('/api/nope?lang=es').set('Host', hostFor(eu)).set('Accept-Language', 'eu');
    expect(r.headers['content-language']).toBe('es');
    expect(await lang(hostFor(es), { Cookie: 'sede_lang=fr' })).toBe('es'); // unknown language ignored
  });
  test('the catalogue comes in the negotiated language', async () => {
    const r = await request(app).get('/api/catalogue').set('Host', hostFor(eu)).expect(200);
    expect(r.body.items[0].title).toBe('Eskabide orokorra');
    const r2 = await request(app).get('/api/catalogue').set('Host', hostFor(eu)).set('Cookie', 'sede_lang=es').expect(200);
    expect(r2.body.items[0].title).toBe('Instancia general');
  });
});

describe('health', () => {
  test('/healthz answers without a known host (readiness is tested with migrations)', async () => {
    await request(app).get('/healthz').set('Host', 'anything').expect(200, { status: 'ok' });
  });
});
