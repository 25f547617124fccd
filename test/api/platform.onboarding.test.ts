import request from 'supertest';
import type { Express } from 'express';
import type { Database } from '../../server/db/database.ts';
import { ADMIN_TOKEN, hostFor, onboardingBody, startTestApp } from '../support/test-app.ts';

let app: Express;
let database: Database;
beforeAll(async () => ({ app, database } = await startTestApp()));
afterAll(async () => database.close());

const admin = (method: 'get' | 'post' | 'delete', path: string, lang = 'es') =>
  request(app)[method](path).set('Host', 'sede.localhost').set('Authorization', `Bearer ${ADMIN_TOKEN}`).set('Accept-Language', lang);

const schemaExists = async (slug: string) =>
  (await database.knex.raw('SELECT 1 FROM pg_namespace WHERE nspname = ?', [`t_${slug}`])).rows.length > 0;
const rowExists = async (slug: string) => (await database.knex('platform.tenants').where({ slug })).length > 0;

describe('onboarding an ayuntamiento', () => {
  test('happy path: row, schema, catalogue, calendar and seal certificate; the sede answers on its host', async () => {
    const body = onboardingBody({ languages: ['eu', 'es'], defaultLanguage: 'eu', community: 'PV', names: { es: 'Ayuntamiento de Prueba' } });
    const res = await admin('post', '/api/admin/tenants').send(body).expect(201);
    expect(res.body).toMatchObject({ slug: body.slug, dir3: `L01${body.ine}`, status: 'active', defaultLanguage: 'eu' });
    expect(await schemaExists(String(body.slug))).toBe(true);

    const sede = await request(app).get('/api/sede').set('Host', hostFor({ slug: String(body.slug) })).expect(200);
    expect(sede.body).toMatchObject({ kind: 'sede', slug: body.slug, languages: ['eu', 'es'], defaultLanguage: 'eu' });
    expect(sede.headers['content-type']).toMatch(/json/);

    const catalogue = await request(app).get('/api/catalogue').set('Host', hostFor({ slug: String(body.slug) })).set('Accept-Language', 'eu').expect(200);
    expect(catalogue.body.items.map((i: { title: string }) => i.title)).toContain('Eskabide orokorra');

    const counts = await database.knex.transaction(async (trx) => {
      await trx.raw(`SET LOCAL search_path TO "t_${body.slug}"`);
      const [days] = await trx('dias_inhabiles').count({ n: '*' });
      const [seal] = await trx('certificates').where({ purpose: 'seal', active: true }).count({ n: '*' });
      return { days: Number(days!.n), seal: Number(seal!.n) };
    });
    expect(counts.days).toBeGreaterThan(15);
    expect(counts.seal).toBe(1);

    const list = await admin('get', '/api/admin/tenants').expect(200);
    expect(list.body.items.map((t: { slug: string }) => t.slug)).toContain(body.slug);
  });

  test.each([
    ['ine', { ine: '060250' }, 'El dígito de control del código INE no es correcto.'],
    ['ine', { ine: '06025' }, 'El código INE tiene 6 cifras: las 5 del municipio y el dígito de control.'],
    ['cif', { cif: 'P0602500B' }, 'El CIF no es válido: compruebe la letra inicial, las 7 cifras y el carácter de control.'],
    ['dir3', { dir3: 'L01281343' }, 'El código DIR3 no corresponde al código INE indicado.'],
    ['dir3', { dir3: 'L0106025' }, 'El código DIR3 de un ayuntamiento es «L01» seguido de las 6 cifras del código INE.'],
    ['slug', { slug: 'Bad_Slug' }, 'El identificador debe empezar por una letra y contener solo minúsculas, cifras y guiones (máximo 40).'],
    ['community', { community: 'XX' }, 'Elija uno de los valores admitidos'],
    ['languages.0', { languages: ['fr'] }, 'Elija uno de los valores admitidos'],
    ['defaultLanguage', { languages: ['es'], defaultLanguage: 'eu' }, 'El idioma por defecto debe ser uno de los idiomas habilitados.'],
    ['branding.primaryColor', { branding: { ...(onboardingBody().branding as object), primaryColor: 'green' } }, 'Indique el color en formato #RRGGBB.'],
    ['hostnames.0', { hostnames: ['not a host'] }, 'El nombre de dominio no es válido.'],
    ['name', { name: undefined }, 'Este campo es obligatorio.'],
  ])('invalid %s → 422 naming the field, in Spanish, nothing created', async (field, override, message) => {
    const body = onboardingBody(override);
    const res = await admin('post', '/api/admin/tenants').send(body).expect(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const err = res.body.errors.find((e: { field: string }) => e.field === field);
    expect(err?.message).toContain(message);
    if (typeof body.slug === 'string' && /^[a-z]/.test(body.slug)) expect(await rowExists(body.slug)).toBe(false);
  });

  test('messages follow the request language (Catalan, Basque)', async () => {
    const ca = await admin('post', '/api/admin/tenants', 'ca').send(onboardingBody({ ine: '060250' })).expect(422);
    expect(ca.body.errors[0].message).toBe('El dígit de control del codi INE no és correcte.');
    expect(ca.headers['content-language']).toBe('ca');
    const eu = await admin('post', '/api/admin/tenants', 'eu-ES,eu;q=0.9').send(onboardingBody({ ine: '060250' })).expect(422);
    expect(eu.body.errors[0].message).toBe('INE kodearen kontrol-digitua ez da zuzena.');
  });

  test('duplicate slug, INE or hostname → 409 naming the field; the first sede is untouched', async () => {
    const first = onboardingBody({ hostnames: ['sede.dup-test.example'] });
    await admin('post', '/api/admin/tenants').send(first).expect(201);
    const sameSlug = await admin('post', '/api/admin/tenants').send(onboardingBody({ slug: first.slug })).expect(409);
    expect(sameSlug.body.errors.map((e: { field: string }) => e.field)).toContain('slug');
    const sameIne = await admin('post', '/api/admin/tenants').send(onboardingBody({ ine: first.ine })).expect(409);
    expect(sameIne.body.errors.map((e: { field: string }) => e.field)).toContain('ine');
    const sameHost = await admin('post', '/api/admin/tenants').send(onboardingBody({ hostnames: ['sede.dup-test.example'] })).expect(409);
    expect(sameHost.body.errors.map((e: { field: string }) => e.field)).toContain('hostnames.0');
    const custom = await request(app).get('/api/sede').set('Host', 'sede.dup-test.example').expect(200);
    expect(custom.body.slug).toBe(first.slug);
  });

  test('a failure half-way leaves no schema and no row (all or nothing)', async () => {
    const body = onboardingBody();
    // The audit row is the last write of the onboarding transaction: a deferred trigger makes
    // the COMMIT fail after the row, the schema, its tables and the seeds were all written.
    await database.knex.raw(`CREATE OR REPLACE FUNCTION platform.test_fail_onboarding() RETURNS trigger AS $$
      BEGIN IF NEW.tenant_slug = '${body.slug}' THEN RAISE EXCEPTION 'forced failure'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await database.knex.raw(`DROP TRIGGER IF EXISTS test_fail_onboarding ON platform.audit_log`);
    await database.knex.raw(`CREATE CONSTRAINT TRIGGER test_fail_onboarding AFTER INSERT ON platform.audit_log DEFERRABLE INITIALLY DEFERRED
      FOR EACH ROW EXECUTE FUNCTION platform.test_fail_onboarding()`);
    try {
      const res = await admin('post', '/api/admin/tenants').send(body).expect(500);
      expect(res.body.detail).not.toMatch(/forced failure|at .*\.ts/);
      expect(await rowExists(String(body.slug))).toBe(false);
      expect(await schemaExists(String(body.slug))).toBe(false);
    } finally {
      await database.knex.raw(`DROP TRIGGER IF EXISTS test_fail_onboarding ON platform.audit_log`);
    }
  });

  test('malformed JSON → 400 problem; oversized body → 413 problem', async () => {
    const bad = await admin('post', '/api/admin/tenants').set('Content-Type', 'application/json').send('{"slug": ').expect(400);
    expect(bad.body.detail).toBe('El contenido enviado no es JSON válido.');
    const huge = await admin('post', '/api/admin/tenants').send({ ...onboardingBody(), name: 'x'.repeat(2_000_000) }).expect(413);
    expect(huge.body.code).toBe('body_too_large');
  });

  test('without the admin token → 401; from a sede host the admin API does not exist', async () => {
    await request(app).get('/api/admin/tenants').set('Host', 'sede.localhost').expect(401);
    await request(app).get('/api/admin/tenants').set('Host', 'sede.localhost').set('Authorization', 'Bearer wrong').expect(401);
  });
});

describe('suspend, resume and delete', () => {
  test('a suspended sede answers 503 on its host and comes back on resume; delete needs the slug typed', async () => {
    const body = onboardingBody();
    await admin('post', '/api/admin/tenants').send(body).expect(201);
    const host = hostFor({ slug: String(body.slug) });
    await admin('post', `/api/admin/tenants/${body.slug}/suspend`).expect(200);
    const down = await request(app).get('/api/sede').set('Host', host).expect(503);
    expect(down.body.code).toBe('sede_suspended');
    const portalList = await request(app).get('/api/sedes').set('Host', 'sede.localhost').expect(200);
    expect(portalList.body.items.map((i: { slug: string }) => i.slug)).not.toContain(body.slug);
    await admin('post', `/api/admin/tenants/${body.slug}/resume`).expect(200);
    await request(app).get('/api/sede').set('Host', host).expect(200);

    const wrong = await admin('delete', `/api/admin/tenants/${body.slug}`).send({ confirm: 'something-else' }).expect(422);
    expect(wrong.body.errors[0].field).toBe('confirm');
    expect(await schemaExists(String(body.slug))).toBe(true);
    await admin('delete', `/api/admin/tenants/${body.slug}`).send({ confirm: body.slug }).expect(204);
    expect(await schemaExists(String(body.slug))).toBe(false);
    expect(await rowExists(String(body.slug))).toBe(false);
    await request(app).get('/api/sede').set('Host', host).expect(404);
  });

  test('unknown tenant → 404 problem', async () => {
    const res = await admin('post', '/api/admin/tenants/nope-nope/suspend').expect(404);
    expect(res.body.detail).toBe('No existe ninguna sede con el identificador «nope-nope».');
  });
});
