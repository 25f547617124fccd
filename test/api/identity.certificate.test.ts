import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Express } from 'express';
import request from 'supertest';
import { resetConfig } from '../../server/config.ts';
import type { Database } from '../../server/db/database.ts';
import { insertAccount } from '../../server/identity/accounts.repository.ts';
import { startCertificateListener, type CertificateListener } from '../../server/identity/certificate-listener.ts';
import { LOGIN_STATE_COOKIE } from '../../server/identity/certificate-handoff.ts';
import type { DemoCitizenPki } from '../../server/pki/index.ts';
import type { Tenant } from '../../server/platform/types.ts';
import { withTenant } from '../../server/tenancy/with-tenant.ts';
import { demoP12, demoPki, httpGet, loginPath, newState, tlsGet } from '../support/certificate-client.ts';
import { createTestTenant, hostFor, startTestApp } from '../support/test-app.ts';

/**
 * The certificate matrix over a real HTTPS listener with the demo PKI's .p12 files: good
 * certificates give the right identity (and role), bad ones a clear reason in the person's
 * language; then the handoff ticket, and the proxy header strategy (trusted vs. not).
 */
process.env.TRUSTED_PROXIES = '::1';
resetConfig();

let app: Express;
let database: Database;
let listener: CertificateListener;
let pki: DemoCitizenPki;
let legazpi: Tenant;
let host: string;

beforeAll(async () => {
  ({ app, database } = await startTestApp());
  pki = await demoPki();
  // The demo employee certificate of Legazpi names this CIF: the tenant is "Legazpi".
  legazpi = await createTestTenant({ ine: '200512', cif: 'P2005100I', community: 'PV', languages: ['eu', 'es', 'ca'], defaultLanguage: 'eu' });
  host = hostFor(legazpi);
  const employee = pki.manifest.certificates.find((c) => c.id === 'empleado-legazpi')!.expected as { nif: string };
  await withTenant(legazpi, (trx) => insertAccount(trx, 'staff_accounts', { username: 'nerea', name: 'NEREA URIBE ARRIETA', nif: employee.nif, roles: ['tramitador', 'registro'] }));
  listener = await startCertificateListener({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await listener.close();
  await database.close();
});

/** Listener → ticket → sede: the session the person ends up with. */
async function loginWith(id: string, purpose: 'citizen' | 'staff' = 'citizen') {
  const state = newState();
  const res = await tlsGet(listener.port, host, loginPath(state, purpose), { pfx: await demoP12(id) });
  expect(res.status).toBe(303);
  const location = new URL(res.headers.location!);
  expect(location.host).toBe(`${host}:3000`);
  expect(location.pathname).toBe('/api/session/certificate/callback');
  const agent = request.agent(app);
  const back = await agent.get(`${location.pathname}${location.search}`).set({ Host: host, Cookie: `${LOGIN_STATE_COOKIE}=${state}` }).expect(303);
  expect(back.headers.location).toBe('/mi-cuenta');
  return (await agent.get('/api/session').set('Host', host).expect(200)).body;
}

const expected = (id: string) => pki.manifest.certificates.find((c) => c.id === id)!.expected as unknown as Record<string, unknown> & { nif: string; givenName: string; surname1: string; surname2?: string; levelOfAssurance: string };

describe('good certificates → the right identity', () => {
  test.each(['ciudadana-fnmt', 'ciudadano-fnmt-antiguo', 'dnie', 'ciudadana-izenpe', 'ciudadano-accv', 'ciudadana-camerfirma'])('%s', async (id) => {
    const s = await loginWith(id);
    const e = expected(id);
    expect(s.authenticated).toBe(true);
    expect(s.user).toMatchObject({ kind: 'citizen', nif: e.nif, fullName: [e.givenName, e.surname1, e.surname2].filter(Boolean).join(' ') });
    expect(s.auth).toMatchObject({ method: 'certificate', levelOfAssurance: e.levelOfAssurance });
    const entry = pki.manifest.certificates.find((c) => c.id === id)!;
    expect(s.auth.certificate.serialNumber).toBe(entry.serialNumber);
  });

  test('representative: the person and the company they act for', async () => {
    const s = await loginWith('representante');
    const e = expected('representante');
    expect(s.user).toMatchObject({ kind: 'citizen', nif: e.nif, company: e.company });
  });

  test('public employee of this ayuntamiento, staff login → staff session with its roles', async () => {
    const s = await loginWith('empleado-legazpi', 'staff');
    expect(s.user).toMatchObject({ kind: 'staff', username: 'nerea', nif: expected('empleado-legazpi').nif, roles: ['tramitador', 'registro'] });
    expect(s.auth).toMatchObject({ method: 'certificate', levelOfAssurance: 'alto' });
    // Acting as themselves (citizen login) is allowed too.
    const asCitizen = await loginWith('empleado-legazpi');
    expect(asCitizen.user.kind).toBe('citizen');
  });

  test('an employee of another ayuntamiento is not staff here', async () => {
    const res = await tlsGet(listener.port, host, loginPath(newState(), 'staff'), { pfx: await demoP12('empleado-calamonte'), headers: { 'Accept-Language': 'es' } });
    expect(res.status).toBe(403);
    expect(res.json()).toMatchObject({ code: 'not_staff', detail: expect.stringContaining('no corresponde a ninguna persona del personal') });
  });

  test('the previous access is shown at the next login', async () => {
    const first = await loginWith('dnie');
    const second = await loginWith('dnie');
    expect(first.previousAccess === null || typeof first.previousAccess.at === 'string').toBe(true);
    expect(second.previousAccess).toMatchObject({ method: 'certificate', failuresSince: 0 });
    expect(Date.parse(second.previousAccess.at)).toBeGreaterThanOrEqual(Date.parse(first.auth.at) - 1000);
  });
});

describe('Diputación admins by certificate, on the portal', () => {
  test('an admin account with the certificate\'s NIF gets an admin session; anyone else is refused', async () => {
    const dnie = expected('dnie');
    await insertAccount(database.knex, 'platform.platform_admins', { username: `cert${Date.now()}`, name: 'ANDER ETXEBERRIA GOIKOETXEA', nif: dnie.nif });
    const state = newState();
    const res = await tlsGet(listener.port, 'sede.localhost', loginPath(state, 'staff', '/admin'), { pfx: await demoP12('dnie') });
    expect(res.status).toBe(303);
    const location = new URL(res.headers.location!);
    expect(location.host).toBe('sede.localhost:3000');
    const agent = request.agent(app);
    await agent.get(`${location.pathname}${location.search}`).set({ Host: 'sede.localhost', Cookie: `${LOGIN_STATE_COOKIE}=${state}` }).expect(303);
    await agent.get('/api/admin/tenants').set('Host', 'sede.localhost').expect(200);
    const other = await tlsGet(listener.port, 'sede.localhost', loginPath(newState(), 'staff', '/admin'), { pfx: await demoP12('ciudadana-fnmt'), headers: { Accept: 'text/html' } });
    expect(other.status).toBe(303);
    expect(other.headers.location).toMatch(/^http:\/\/sede\.localhost:3000\/admin\?error=login\.notPlatformAdmin/);
  });
});

describe('bad certificates → refused with a clear reason, in the person\'s language', () => {
  test.each([
    ['caducado', 401, 'certificate.expired', 'es', 'Su certificado ha caducado.'],
    ['aun-no-valido', 401, 'certificate.notYetValid', 'es', 'Su certificado todavía no es válido'],
    ['revocado', 401, 'certificate.revoked', 'ca', "L'entitat que va emetre el vostre certificat l'ha revocat"],
    ['ca-desconocida', 401, 'certificate.untrusted', 'eu', 'Ziurtagiria ez du egoitza honek onartutako'],
    ['sin-clientauth', 401, 'certificate.noClientAuth', 'es', 'no está habilitado para identificarse'],
    ['sello-calamonte', 403, 'certificate.sealNotAllowed', 'es', 'certificado de sello electrónico'],
  ])('%s → %i %s', async (id, status, code, lang, text) => {
    const res = await tlsGet(listener.port, host, loginPath(newState()), { pfx: await demoP12(id), headers: { 'Accept-Language': lang } });
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = res.json();
    expect(body.code).toBe(code);
    expect(body.detail).toContain(text);
    expect(res.body).not.toMatch(/at .*\.ts:\d+/);
  });

  test('no certificate at all → certificate.missing', async () => {
    const res = await tlsGet(listener.port, host, loginPath(newState()));
    expect(res.status).toBe(401);
    expect(res.json()).toMatchObject({ code: 'certificate.missing' });
  });

  test('a browser is sent back to the login page with the reason', async () => {
    const res = await tlsGet(listener.port, host, loginPath(newState()), { pfx: await demoP12('revocado'), headers: { Accept: 'text/html' } });
    expect(res.status).toBe(303);
    const location = new URL(res.headers.location!);
    expect(location.pathname).toBe('/acceso');
    expect(location.searchParams.get('error')).toBe('certificate.revoked');
  });

  test('a login without the state of the sede that started it is refused', async () => {
    const res = await tlsGet(listener.port, host, '/api/session/certificate/login', { pfx: await demoP12('dnie') });
    expect(res.status).toBe(400);
  });
});

describe('one-time ticket', () => {
  async function ticketFor(state: string, id = 'ciudadana-fnmt') {
    const res = await tlsGet(listener.port, host, loginPath(state), { pfx: await demoP12(id) });
    return new URL(res.headers.location!).searchParams.get('ticket')!;
  }
  const exchange = (ticket: string, state: string, onHost = host) =>
    request(app).get(`/api/session/certificate/callback?ticket=${ticket}`).set({ Host: onHost, Cookie: `${LOGIN_STATE_COOKIE}=${state}`, Accept: 'application/json' });

  test('single use', async () => {
    const state = newState();
    const ticket = await ticketFor(state);
    expect(ticket).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 random bytes
    await exchange(ticket, state).expect(303);
    const again = await exchange(ticket, state).expect(400);
    expect(again.body.code).toBe('ticket_invalid');
  });

  test('bound to its host and to the browser that started the login', async () => {
    const other = await createTestTenant();
    const state = newState();
    const ticket = await ticketFor(state);
    await exchange(ticket, state, hostFor(other)).expect(400);
    await exchange(ticket, newState()).expect(400);
    await exchange(ticket, state).expect(303); // still good where it belongs
  });

  test('expires after 60 seconds', async () => {
    const state = newState();
    const ticket = await ticketFor(state);
    await database.knex.raw(`UPDATE platform.login_tickets SET expires_at = clock_timestamp() - interval '1 second' WHERE used_at IS NULL AND created_at > clock_timestamp() - interval '5 seconds'`);
    const late = await exchange(ticket, state).set('Accept', 'text/html').expect(303);
    expect(late.headers.location).toBe('/acceso?error=login.ticket.invalid');
    const row = await database.knex.raw(`SELECT extract(epoch FROM expires_at - created_at) AS ttl FROM platform.login_tickets ORDER BY created_at DESC LIMIT 1`);
    expect(Math.round(Number(row.rows[0].ttl))).toBeLessThanOrEqual(60);
  });
});

describe('behind a reverse proxy: the client-certificate header', () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    server = app.listen(0, '::');
    await new Promise((r) => server.once('listening', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const pem = (id: string) => readFileSync(path.join(pki.paths.dir, pki.manifest.certificates.find((c) => c.id === id)!.pem), 'utf8');
  const viaHeader = (address: string, value: string, lang = 'es') =>
    httpGet(address, port, loginPath(newState()), { Host: host, Accept: 'application/json', 'Accept-Language': lang, 'X-SSL-Client-Cert': value });

  test('forged from an untrusted address → 401 (the header is stripped)', async () => {
    const res = await viaHeader('127.0.0.1', encodeURIComponent(pem('ciudadana-fnmt')));
    expect(res.status).toBe(401);
    expect(res.json().code).toBe('certificate.missing');
  });

  test('from the trusted proxy: nginx URL-encoded PEM and Apache space-folded PEM are accepted', async () => {
    const nginx = await viaHeader('::1', encodeURIComponent(pem('ciudadana-fnmt')));
    expect(nginx.status).toBe(303);
    expect(nginx.headers.location).toMatch(/^\/api\/session\/certificate\/callback\?ticket=/); // same origin behind the proxy
    const apache = await viaHeader('::1', pem('dnie').trim().replace(/\n/g, ' '));
    expect(apache.status).toBe(303);
  });

  test('behind the TLS proxy the whole login is same-origin HTTPS: the session cookie is Secure', async () => {
    const state = newState();
    const login = await httpGet('::1', port, loginPath(state), { Host: host, Accept: 'application/json', 'X-SSL-Client-Cert': encodeURIComponent(pem('ciudadana-fnmt')), 'X-Forwarded-Proto': 'https' });
    expect(login.status).toBe(303);
    const back = await httpGet('::1', port, login.headers.location!, { Host: host, Accept: 'application/json', 'X-Forwarded-Proto': 'https', Cookie: `${LOGIN_STATE_COOKIE}=${state}` });
    expect(back.status).toBe(303);
    const cookie = ([] as string[]).concat(back.headers['set-cookie'] ?? []).find((c) => c.startsWith('sede_sid='))!;
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; HttpOnly/);
  });

  test('from the trusted proxy, the same checks: revoked, expired, garbage', async () => {
    expect((await viaHeader('::1', encodeURIComponent(pem('revocado')))).json().code).toBe('certificate.revoked');
    expect((await viaHeader('::1', encodeURIComponent(pem('caducado')))).json().code).toBe('certificate.expired');
    const garbage = await viaHeader('::1', '-----BEGIN CERTIFICATE----- bm90IGEgY2VydA== -----END CERTIFICATE-----', 'ca');
    expect(garbage.status).toBe(400);
    expect(garbage.json()).toMatchObject({ code: 'certificate.malformed', detail: 'No es pot llegir el certificat rebut: no és un certificat X.509 vàlid.' });
    const notPem = await viaHeader('::1', '%E0%A4%A');
    expect(notPem.json().code).toBe('certificate.malformed');
  });
});
