import { randomBytes } from 'node:crypto';
import cookieParser from 'cookie-parser';
import express, { type Express } from 'express';
import request from 'supertest';
import type { Database } from '../../server/db/database.ts';
import { languageMiddleware } from '../../server/http/language.ts';
import { problemHandler } from '../../server/http/problem.ts';
import { insertAccount } from '../../server/identity/accounts.repository.ts';
import { LOGIN_STATE_COOKIE } from '../../server/identity/certificate-handoff.ts';
import { csrfProtection } from '../../server/identity/csrf.ts';
import { hashPassword } from '../../server/identity/passwords.ts';
import { issueTicket } from '../../server/identity/tickets.ts';
import { currentTotp, newTotpSecret } from '../../server/identity/totp.ts';
import { withTenant } from '../../server/tenancy/with-tenant.ts';
import { requireCitizen, requireLevel, requireStaff } from '../../server/identity/guards.ts';
import { sessionMiddleware } from '../../server/identity/sessions.ts';
import type { Tenant } from '../../server/platform/types.ts';
import { siteMiddleware } from '../../server/tenancy/site.middleware.ts';
import { citizenAgent, platformAdminAgent, randomNif, staffAgent } from '../support/sessions.ts';
import { createTestTenant, hostFor, onboardingBody, startTestApp } from '../support/test-app.ts';

/**
 * Sessions, guards and CSRF: the doors other domains put in front of their routes. A probe
 * app mounts the guards exactly as a domain router would (after the session middleware).
 */
let app: Express;
let database: Database;
let calamonte: Tenant;
let other: Tenant;

function withProbe(inner: Express): Express {
  const probe = express.Router();
  probe.use(cookieParser(), siteMiddleware, languageMiddleware, express.json(), ...sessionMiddleware(), csrfProtection);
  probe.get('/registro', requireStaff('registro'), (_req, res) => void res.json({ ok: true }));
  probe.get('/cualquier-personal', requireStaff(), (_req, res) => void res.json({ ok: true }));
  probe.get('/carpeta', requireCitizen, (_req, res) => void res.json({ ok: true }));
  probe.get('/alto', requireLevel('alto'), (_req, res) => void res.json({ ok: true }));
  probe.get('/sustancial', requireLevel('sustancial'), (_req, res) => void res.json({ ok: true }));
  probe.post('/cambio', requireCitizen, (_req, res) => void res.json({ changed: true }));
  probe.use(problemHandler);
  const outer = express();
  outer.use('/api/probe', probe);
  outer.use(inner);
  return outer;
}

beforeAll(async () => {
  const started = await startTestApp();
  database = started.database;
  app = withProbe(started.app);
  [calamonte, other] = [await createTestTenant({ languages: ['es', 'ca', 'eu'], defaultLanguage: 'es' }), await createTestTenant()];
});
afterAll(async () => database.close());

describe('guards', () => {
  test('requireStaff: 401 without a session, 403 without the role or on another tenant, 200 with it', async () => {
    await request(app).get('/api/probe/registro').set('Host', hostFor(calamonte)).expect(401);
    const registro = await staffAgent(app, calamonte, ['registro']);
    await registro.get('/api/probe/registro').expect(200);
    await registro.get('/api/probe/cualquier-personal').expect(200);
    const publicador = await staffAgent(app, calamonte, ['publicador']);
    const refused = await publicador.get('/api/probe/registro').set('Accept-Language', 'ca').expect(403);
    expect(refused.body.detail).toBe('El vostre compte no té el perfil necessari per a aquesta operació.');
    // The same cookie on another ayuntamiento's host is no session there.
    await registro.agent.get('/api/probe/registro').set('Host', hostFor(other)).expect(401);
  });

  test('requireCitizen and requireLevel', async () => {
    const pin = await citizenAgent(app, calamonte, { levelOfAssurance: 'bajo', method: 'pin' });
    await pin.get('/api/probe/carpeta').expect(200);
    const low = await pin.get('/api/probe/sustancial').set('Accept-Language', 'eu').expect(403);
    expect(low.body.code).toBe('insufficient_level');
    expect(low.body.detail).toMatch(/segurtasun-maila ertaina/);
    const cert = await citizenAgent(app, calamonte);
    await cert.get('/api/probe/alto').expect(200);
    const staff = await staffAgent(app, calamonte, ['admin']);
    await staff.get('/api/probe/carpeta').expect(403);
    await request(app).get('/api/probe/alto').set('Host', hostFor(calamonte)).expect(401);
  });
});

describe('certificate login start', () => {
  test('sets the login state and sends the browser to the listener; odd return paths fall back to /', async () => {
    const res = await request(app).get(`/api/session/certificate/start?purpose=staff&return=${encodeURIComponent('//evil.example')}&return=x`).set('Host', hostFor(calamonte)).expect(303);
    const to = new URL(res.headers.location!);
    expect(to.origin).toBe(`https://${hostFor(calamonte)}:3443`);
    expect(to.pathname).toBe('/api/session/certificate/login');
    expect(to.searchParams.get('purpose')).toBe('staff');
    expect(to.searchParams.get('return')).toBe('/');
    const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('sede_login_state='))!;
    expect(cookie).toContain(`sede_login_state=${to.searchParams.get('state')}`);
    expect(cookie).toMatch(/HttpOnly/);
    const long = await request(app).get(`/api/session/certificate/start?return=/${'a'.repeat(2000)}`).set('Host', hostFor(calamonte)).expect(303);
    expect(new URL(long.headers.location!).searchParams.get('return')).toBe('/');
  });
});

describe('GET /api/session', () => {
  test('anonymous, then the session: identity, method, level and a CSRF token', async () => {
    const anon = await request(app).get('/api/session').set('Host', hostFor(calamonte)).expect(200);
    expect(anon.body).toMatchObject({ authenticated: false, methods: { certificate: true, pin: true, password: true } });
    expect(anon.body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const citizen = await citizenAgent(app, calamonte, { levelOfAssurance: 'sustancial' });
    const s = await citizen.get('/api/session').expect(200);
    expect(s.body).toMatchObject({ authenticated: true, user: { kind: 'citizen', nif: citizen.nif }, auth: { method: 'certificate', levelOfAssurance: 'sustancial' } });
    expect(s.body.auth.certificate).toMatchObject({ issuer: 'AC FNMT Usuarios DEMO' });
    expect(s.headers['cache-control']).toBe('no-store');
  });
});

describe('CSRF', () => {
  test('a state-changing request with a valid session cookie but no token, or from another origin, is refused', async () => {
    const citizen = await citizenAgent(app, calamonte);
    await citizen.post('/api/probe/cambio').expect(200);
    const tokenless = await citizen.agent.post('/api/probe/cambio').set('Host', citizen.host).expect(403);
    expect(tokenless.body.code).toBe('csrf_token');
    const wrongToken = await citizen.agent.post('/api/probe/cambio').set({ ...citizen.headers, 'X-CSRF-Token': 'x'.repeat(43) }).expect(403);
    expect(wrongToken.body.code).toBe('csrf_token');
    const crossSite = await citizen.agent.post('/api/probe/cambio').set({ ...citizen.headers, Origin: 'http://evil.example' }).expect(403);
    expect(crossSite.body.code).toBe('csrf_origin');
    const otherSede = await citizen.agent.post('/api/probe/cambio').set({ ...citizen.headers, Origin: `http://${hostFor(other)}` }).expect(403);
    expect(otherSede.body.detail).toBe('La solicitud procede de otro sitio web y se ha rechazado por seguridad.');
    await citizen.agent.post('/api/session/logout').set('Host', citizen.host).expect(403);
  });

  test('the admin API: session admins need the token; bearer-token requests are exempt', async () => {
    const admin = await platformAdminAgent(app);
    await admin.get('/api/admin/tenants').expect(200);
    const body = onboardingBody();
    await admin.agent.post('/api/admin/tenants').set('Host', admin.host).send(body).expect(403);
    await admin.post('/api/admin/tenants').send(body).expect(201);
    await admin.agent.post(`/api/admin/tenants/${body.slug}/suspend`).set({ Host: admin.host, Origin: 'http://evil.example', 'X-CSRF-Token': admin.csrfToken }).expect(403);
    await admin.post(`/api/admin/tenants/${body.slug}/suspend`).expect(200);
    const audit = await database.knex('platform.audit_log').where({ tenant_slug: body.slug, action: 'tenant.suspend' }).first();
    expect(audit.actor).toBe(`admin:${admin.username}`);
    // Staff of an ayuntamiento is not a Diputación admin.
    const staff = await staffAgent(app, calamonte, ['admin']);
    await staff.agent.get('/api/admin/tenants').set('Host', 'sede.localhost').expect(401);
  });
});

describe('CSRF on every state-changing route', () => {
  /** Every POST/PUT/PATCH/DELETE the API documents, with its {params} filled in. */
  async function stateChangingRoutes(): Promise<{ method: 'post' | 'put' | 'patch' | 'delete'; path: string }[]> {
    const doc = (await request(app).get('/api/openapi.json').set('Host', 'sede.localhost').expect(200)).body as { paths: Record<string, Record<string, unknown>> };
    return Object.entries(doc.paths).flatMap(([p, ops]) =>
      (['post', 'put', 'patch', 'delete'] as const).filter((m) => m in ops).map((method) => ({ method, path: `/api${p.replace(/\{[^}]+\}/g, 'x1')}` })));
  }

  test('with a valid session cookie: no token → 403, another origin → 403, on each of them', async () => {
    const routes = await stateChangingRoutes();
    expect(routes.length).toBeGreaterThan(8);
    const citizen = await citizenAgent(app, calamonte);
    const staff = await staffAgent(app, calamonte);
    const admin = await platformAdminAgent(app);
    for (const who of [citizen, staff, admin]) {
      for (const r of routes) {
        const tokenless = await who.agent[r.method](r.path).set({ Host: who.host, Origin: `http://${who.host}` }).send({});
        expect([r.method, r.path, tokenless.status, tokenless.body.code]).toEqual([r.method, r.path, 403, 'csrf_token']);
        const crossSite = await who.agent[r.method](r.path).set({ Host: who.host, Origin: 'https://evil.example', 'X-CSRF-Token': who.csrfToken }).send({});
        expect([r.method, r.path, crossSite.status, crossSite.body.code]).toEqual([r.method, r.path, 403, 'csrf_origin']);
      }
    }
  });
});

describe('session lifecycle', () => {
  const cookieValue = (res: request.Response, name: string) =>
    ([] as string[]).concat(res.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]!).filter((c) => c.startsWith(`${name}=`)).at(-1)?.slice(name.length + 1);
  const sidOf = (signed: string) => decodeURIComponent(signed).slice(2).split('.')[0]!;

  test('the session id rotates at login (fixation): a planted session id does not survive a login', async () => {
    const host = hostFor(calamonte);
    // The "attacker" gets a valid session id of their own…
    const state = randomBytes(32).toString('base64url');
    const ticket = await issueTicket(host, state, { returnTo: '/mi-cuenta', login: { kind: 'citizen', site: calamonte.slug, nif: randomNif(), fullName: 'ATACANTE', auth: { method: 'pin', levelOfAssurance: 'bajo', at: new Date().toISOString() } } });
    const first = await request(app).get(`/api/session/certificate/callback?ticket=${ticket}`).set({ Host: host, Cookie: `${LOGIN_STATE_COOKIE}=${state}` }).expect(303);
    expect(first.headers.location).toBe('/mi-cuenta');
    const planted = cookieValue(first, 'sede_sid')!;
    const csrf = cookieValue(first, 'sede_csrf')!;
    // …plants it in the victim's browser, and the victim logs in (password + TOTP).
    const password = 'contraseña de prueba';
    const totpSecret = newTotpSecret();
    const username = `v${randomBytes(4).toString('hex')}`;
    await withTenant(calamonte, async (trx) => insertAccount(trx, 'staff_accounts', { username, name: 'VÍCTIMA', roles: ['registro'], passwordHash: await hashPassword(password), totpSecret }));
    const login = await request(app).post('/api/session/password')
      .set({ Host: host, Origin: `http://${host}`, 'X-CSRF-Token': csrf, Cookie: `sede_sid=${planted}; sede_csrf=${csrf}` })
      .send({ username, password, totp: await currentTotp(totpSecret) }).expect(200);
    const fresh = cookieValue(login, 'sede_sid')!;
    expect(sidOf(fresh)).not.toBe(sidOf(planted));
    expect(await database.knex('platform.sessions').where({ sid: sidOf(planted) }).first()).toBeUndefined();
    expect(cookieValue(login, 'sede_csrf')).not.toBe(csrf);
    // The planted cookie is no session any more; the new one is the victim's.
    const plantedView = await request(app).get('/api/session').set({ Host: host, Cookie: `sede_sid=${planted}` }).expect(200);
    expect(plantedView.body.authenticated).toBe(false);
    const victimView = await request(app).get('/api/session').set({ Host: host, Cookie: `sede_sid=${fresh}` }).expect(200);
    expect(victimView.body.user).toMatchObject({ kind: 'staff', username, roles: ['registro'] });
  });

  test('idle and absolute timeouts end the session', async () => {
    const idle = await citizenAgent(app, calamonte);
    await idle.get('/api/probe/carpeta').expect(200);
    const sid = (await database.knex('platform.sessions').where({ subject: `citizen:${idle.nif}` }).first()).sid as string;
    await database.knex('platform.sessions').where({ sid }).update({ expire: new Date(Date.now() - 1000) });
    await idle.get('/api/probe/carpeta').expect(401);

    const absolute = await citizenAgent(app, calamonte);
    const row = await database.knex('platform.sessions').where({ subject: `citizen:${absolute.nif}` }).first();
    const sess = row.sess as { passport: { user: { absoluteExpiresAt: number } } };
    sess.passport.user.absoluteExpiresAt = Date.now() - 1000;
    await database.knex('platform.sessions').where({ sid: row.sid }).update({ sess: JSON.stringify(sess) });
    await absolute.get('/api/probe/carpeta').expect(401);
    expect(await database.knex('platform.sessions').where({ sid: row.sid }).first()).toBeUndefined();
  });

  test('the session cookie: HttpOnly, SameSite=Lax, host-only; Secure only over HTTPS', async () => {
    const host = hostFor(calamonte);
    const state = randomBytes(32).toString('base64url');
    const ticket = await issueTicket(host, state, { returnTo: '/', login: { kind: 'citizen', site: calamonte.slug, nif: randomNif(), fullName: 'PERSONA', auth: { method: 'certificate', levelOfAssurance: 'alto', at: new Date().toISOString() } } });
    const res = await request(app).get(`/api/session/certificate/callback?ticket=${ticket}`).set({ Host: host, Cookie: `${LOGIN_STATE_COOKIE}=${state}` }).expect(303);
    const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('sede_sid='))!;
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).not.toMatch(/; Domain=/);
    expect(cookie).not.toMatch(/; Secure/); // plain http (the demo)
  });

  test('logout deletes the session row; the cookie no longer opens anything', async () => {
    const before = new Set((await database.knex('platform.sessions').pluck('sid')) as string[]);
    const citizen = await citizenAgent(app, calamonte);
    const created = ((await database.knex('platform.sessions').pluck('sid')) as string[]).filter((s) => !before.has(s));
    expect(created).toHaveLength(1);
    await citizen.get('/api/probe/carpeta').expect(200);
    await citizen.logout();
    expect(await database.knex('platform.sessions').where({ sid: created[0] }).first()).toBeUndefined();
    await citizen.agent.get('/api/probe/carpeta').set('Host', citizen.host).expect(401);
  });
});
