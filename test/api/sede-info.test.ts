import { X509Certificate } from 'node:crypto';
import type { Express } from 'express';
import type { Database } from '../../server/db/database.ts';
import { onboardTenant } from '../../server/platform/onboard-tenant.ts';
import { OnboardTenant } from '../../server/platform/tenants.schemas.ts';
import type { Tenant } from '../../server/platform/types.ts';
import { withTenant } from '../../server/tenancy/with-tenant.ts';
import { publicAgent } from '../support/public-agent.ts';
import { staffAgent } from '../support/sessions.ts';
import { hostFor, onboardingBody, startTestApp } from '../support/test-app.ts';

/** The sede's mandatory information page (RD 203/2021 art. 11): content, texts per language, offices. */
let app: Express;
let database: Database;
let tenant: Tenant;

beforeAll(async () => {
  ({ app, database } = await startTestApp());
  tenant = await onboardTenant(OnboardTenant.parse(onboardingBody({ community: 'PV', languages: ['eu', 'es'], defaultLanguage: 'eu', names: { eu: 'Probako Udala', es: 'Ayuntamiento de Prueba' } })), {
    actor: 'test', calendarYears: [2026, 2027],
    offices: [{ names: { eu: 'HAZ', es: 'SAC' }, address: 'Plaza Mayor, 1', hours: { eu: 'Astelehenetik ostiralera, 08:00etatik 14:00etara', es: 'De lunes a viernes, de 8:00 a 14:00' }, phone: '943 000 000', demo: true }],
  });
});
afterAll(async () => database.close());

const section = (body: { sections: { key: string }[] }, key: string) => body.sections.find((s) => s.key === key) as Record<string, any>;

test('the page has every mandatory section, the certificate fingerprint and the accepted identification systems', async () => {
  const res = await (await publicAgent(app, hostFor(tenant))).get('/api/sede-info', 'es').expect(200);
  expect(res.body.sections.map((s: { key: string }) => s.key)).toEqual([
    'owner', 'creation', 'certificate', 'officialTime', 'calendar', 'catalogue', 'noticeboard', 'verification', 'interruptions', 'offices', 'identification', 'accessibility', 'privacy',
  ]);
  const fingerprint = await withTenant(tenant, async (db) => (await db('certificates').where({ active: true }).first('fingerprint_sha256')).fingerprint_sha256 as string);
  const cert = section(res.body, 'certificate');
  expect(cert.data.fingerprintSha256).toBe(fingerprint.toLowerCase());
  expect(cert.data.fingerprintSha256Colons).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  expect(cert.data).toMatchObject({ purpose: 'seal', purposeLabel: 'Certificado de sello electrónico del ayuntamiento', downloadUrl: '/api/sede-info/certificate.pem' });
  const ident = section(res.body, 'identification');
  expect(ident.title).toBe('Sistemas de identificación y firma admitidos');
  expect(ident.data.identification.map((s: { name: string }) => s.name)[0]).toMatch(/^Certificado electrónico cualificado de persona física \(FNMT, DNI electrónico, Izenpe/);
  expect(ident.data.signature.map((s: { key: string }) => s.key)).toEqual(['citizen', 'seal', 'csv']);
  expect(section(res.body, 'owner').text).toContain(`Ayuntamiento de Prueba (NIF ${tenant.cif})`);
  expect(section(res.body, 'owner').data).toMatchObject({ cif: tenant.cif, dir3: tenant.dir3, phone: '924 000 000', email: 'info@prueba.example' });
  expect(section(res.body, 'officialTime').data).toMatchObject({ timeZone: 'Europe/Madrid' });
  expect(section(res.body, 'calendar').link).toBe('/calendario');
  expect(section(res.body, 'verification').link).toBe('/verificacion');
  expect(section(res.body, 'noticeboard').link).toBe('/tablon');
  expect(section(res.body, 'offices').data).toEqual([expect.objectContaining({ name: 'SAC', hours: 'De lunes a viernes, de 8:00 a 14:00', demo: true })]);
  expect(section(res.body, 'privacy').text).toContain('924 000 000, info@prueba.example');
});

test('the certificate downloads as PEM, and it is the one whose fingerprint is shown', async () => {
  const v = await publicAgent(app, hostFor(tenant));
  const page = await v.get('/api/sede-info').expect(200);
  const pem = await v.get('/api/sede-info/certificate.pem').expect(200);
  expect(pem.headers['content-disposition']).toMatch(/attachment; filename="sede-.*\.pem"/);
  const x509 = new X509Certificate(pem.text);
  expect(x509.fingerprint256).toBe(section(page.body, 'certificate').data.fingerprintSha256Colons);
});

test('default texts in Basque; the ayuntamiento\'s own text per language, back to the default when cleared', async () => {
  const v = await publicAgent(app, hostFor(tenant));
  const eu = await v.get('/api/sede-info', 'eu').expect(200);
  expect(section(eu.body, 'creation')).toMatchObject({ title: 'Egoitza sortzeko egintza', custom: false });
  expect(section(eu.body, 'identification').data.identification[0].name).toMatch(/^Pertsona fisikoaren ziurtagiri elektroniko kualifikatua/);

  const admin = await staffAgent(app, tenant, ['admin']);
  await admin.put('/api/staff/sede-info/texts/creation').send({ texts: {
    es: 'Sede creada por Decreto de Alcaldía 12/2026 (BOG n.º 45, de 9 de marzo de 2026).',
    eu: 'Egoitza Alkatetzaren 12/2026 Dekretuaren bidez sortu zen (GAO, 45. zk., 2026ko martxoaren 9a).',
  } }).expect(204);
  expect(section((await v.get('/api/sede-info', 'es').expect(200)).body, 'creation')).toMatchObject({ custom: true, text: 'Sede creada por Decreto de Alcaldía 12/2026 (BOG n.º 45, de 9 de marzo de 2026).' });
  await admin.put('/api/staff/sede-info/texts/creation').send({ texts: { es: null } }).expect(204);
  expect(section((await v.get('/api/sede-info', 'es').expect(200)).body, 'creation').custom).toBe(false);
  expect(section((await v.get('/api/sede-info', 'eu').expect(200)).body, 'creation').custom).toBe(true);

  // A language the sede does not offer, an unknown section, a member without the admin role.
  const bad = await admin.put('/api/staff/sede-info/texts/creation').send({ texts: { ca: 'Text' } }).expect(422);
  expect(bad.body.errors[0].field).toBe('texts.ca');
  await admin.put('/api/staff/sede-info/texts/nope').send({ texts: { es: 'x' } }).expect(404);
  const registro = await staffAgent(app, tenant, ['registro']);
  await registro.put('/api/staff/sede-info/texts/creation').send({ texts: { es: 'x' } }).expect(403);
});

test('staff replace the list of assistance offices', async () => {
  const admin = await staffAgent(app, tenant, ['admin']);
  await admin.put('/api/staff/sede-info/offices').send({ offices: [
    { names: { eu: 'Udaletxea', es: 'Casa consistorial' }, address: 'Plaza Mayor, 1', hours: { eu: '09:00etatik 13:00etara', es: 'De 9:00 a 13:00' } },
    { names: { eu: 'Auzo-bulegoa', es: 'Oficina de barrio' }, address: 'Kale Nagusia, 3', hours: { eu: 'Asteartetan', es: 'Los martes' }, email: 'bulegoa@prueba.example' },
  ] }).expect(204);
  const page = await (await publicAgent(app, hostFor(tenant))).get('/api/sede-info', 'eu').expect(200);
  expect(section(page.body, 'offices').data.map((o: { name: string }) => o.name)).toEqual(['Udaletxea', 'Auzo-bulegoa']);
});
