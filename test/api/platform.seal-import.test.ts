import path from 'node:path';
import request from 'supertest';
import type { Express } from 'express';
import { config } from '../../server/config.ts';
import type { Database } from '../../server/db/database.ts';
import { issueSealCertificate, loadOrCreateDeploymentPki, readPkcs12 } from '../../server/pki/index.ts';
import { deploymentSecret } from '../../server/platform/deployment-secret.ts';
import { withTenant } from '../../server/tenancy/with-tenant.ts';
import { ADMIN_TOKEN, onboardingBody, startTestApp } from '../support/test-app.ts';

/** Onboarding with an imported PKCS#12 seal certificate (the way a real ayuntamiento comes). */
let app: Express;
let database: Database;
beforeAll(async () => ({ app, database } = await startTestApp()));
afterAll(async () => database.close());

const post = (body: object, lang = 'es') =>
  request(app).post('/api/admin/tenants').set('Host', 'sede.localhost').set('Authorization', `Bearer ${ADMIN_TOKEN}`).set('Accept-Language', lang).send(body);

async function sealFor(body: Record<string, unknown>) {
  const pki = await loadOrCreateDeploymentPki(path.join(config().DATA_DIR, 'pki'));
  return issueSealCertificate(pki, { organizationName: String(body.name), cif: String(body.cif), dir3: `L01${body.ine}` });
}

test('an imported seal certificate is stored re-encrypted with the deployment secret', async () => {
  const body = onboardingBody();
  const seal = await sealFor(body);
  await post({ ...body, sealCertificate: { p12Base64: seal.p12.toString('base64'), password: seal.password } }).expect(201);
  const stored = await withTenant({ slug: String(body.slug) }, (db) => db('certificates').where({ purpose: 'seal', active: true }).first());
  const original = readPkcs12(seal.p12, seal.password);
  expect(stored.fingerprint_sha256).toBe(original.fingerprintSha256);
  expect(() => readPkcs12(stored.p12, seal.password)).toThrow(); // no longer opens with the import password
  expect(readPkcs12(stored.p12, deploymentSecret()).fingerprintSha256).toBe(original.fingerprintSha256);
});

test('a wrong password or a file that is not PKCS#12 → 422 on sealCertificate, nothing created', async () => {
  const body = onboardingBody();
  const seal = await sealFor(body);
  const wrong = await post({ ...body, sealCertificate: { p12Base64: seal.p12.toString('base64'), password: 'not-it' } }, 'ca').expect(422);
  expect(wrong.body.errors).toEqual([{ field: 'sealCertificate', message: 'La contrasenya del certificat no és correcta.' }]);
  const garbage = await post({ ...body, sealCertificate: { p12Base64: Buffer.from('hola').toString('base64'), password: 'x' } }).expect(422);
  expect(garbage.body.errors[0].message).toBe('El fichero no es un PKCS#12 válido.');
  const rows = await database.knex('platform.tenants').where({ slug: body.slug });
  expect(rows).toHaveLength(0);
});
