import { randomBytes } from 'node:crypto';
import type { Express } from 'express';
import request from 'supertest';
import type { Database } from '../../server/db/database.ts';
import { insertAccount } from '../../server/identity/accounts.repository.ts';
import { DEMO_PLATFORM_ADMIN, demoPinCitizens, demoStaffAdmin, seedDemoIdentity } from '../../server/identity/demo-identity.ts';
import { hashPassword } from '../../server/identity/passwords.ts';
import { currentTotp, newTotpSecret } from '../../server/identity/totp.ts';
import { DEMO_CERTIFICATES } from '../../server/pki/demo-citizen-data.ts';
import type { Tenant } from '../../server/platform/types.ts';
import { withTenant } from '../../server/tenancy/with-tenant.ts';
import { createTestTenant, hostFor, startTestApp } from '../support/test-app.ts';

/**
 * Staff and Diputación admins: password + TOTP (one message for every wrong answer, lockout
 * after 5 failures, no TOTP replay), and the demo seed's published credentials.
 */
let app: Express;
let database: Database;
let tenant: Tenant;

beforeAll(async () => {
  ({ app, database } = await startTestApp());
  tenant = await createTestTenant({ languages: ['es', 'ca', 'eu'], defaultLanguage: 'es' });
});
afterAll(async () => database.close());

async function newStaff(roles: ('admin' | 'registro')[] = ['registro']) {
  const username = `u${randomBytes(4).toString('hex')}`;
  const password = `clave ${randomBytes(6).toString('hex')}`;
  const totpSecret = newTotpSecret();
  await withTenant(tenant, async (trx) => insertAccount(trx, 'staff_accounts', { username, name: 'Persona de Prueba', roles, passwordHash: await hashPassword(password), totpSecret }));
  return { username, password, totpSecret };
}

/** A login attempt from a fresh browser; checks the status and returns the answer. */
async function attempt(host: string, body: Record<string, string>, status: number, lang = 'es') {
  const agent = request.agent(app);
  const s = await agent.get('/api/session').set('Host', host);
  return agent.post('/api/session/password').set({ Host: host, Origin: `http://${host}`, 'X-CSRF-Token': s.body.csrfToken, 'Accept-Language': lang }).send(body).expect(status);
}

describe('password + TOTP', () => {
  test('right answers: a staff session with roles at level sustancial; the TOTP code cannot be replayed', async () => {
    const s = await newStaff(['admin']);
    const code = await currentTotp(s.totpSecret);
    const ok = await attempt(hostFor(tenant), { username: s.username.toUpperCase(), password: s.password, totp: code }, 200);
    expect(ok.body).toMatchObject({ authenticated: true, user: { kind: 'staff', roles: ['admin'] }, auth: { method: 'password-totp', levelOfAssurance: 'sustancial' } });
    const replay = await attempt(hostFor(tenant), { username: s.username, password: s.password, totp: code }, 401);
    expect(replay.body.detail).toBe('El usuario, la contraseña o el código de verificación no son correctos.');
  });

  test('wrong password, wrong code, unknown user: the same message, in the person\'s language', async () => {
    const s = await newStaff();
    const answers = [
      { username: s.username, password: 'no es esta', totp: await currentTotp(s.totpSecret) },
      { username: s.username, password: s.password, totp: '000000' },
      { username: 'nadie', password: s.password, totp: '123456' },
    ];
    for (const body of answers) {
      const res = await attempt(hostFor(tenant), body, 401, 'eu');
      expect(res.body).toMatchObject({ code: 'login_failed', detail: 'Erabiltzailea, pasahitza edo egiaztapen-kodea ez dira zuzenak.' });
    }
    const malformed = await attempt(hostFor(tenant), { username: s.username, password: s.password, totp: 'abc' }, 422, 'ca');
    expect(malformed.body.errors[0]).toMatchObject({ field: 'totp', message: 'El codi de verificació té 6 xifres.' });
  });

  test('5 failures lock the account for 15 minutes; another account still logs in', async () => {
    const victim = await newStaff();
    const other = await newStaff();
    for (let i = 0; i < 5; i++) await attempt(hostFor(tenant), { username: victim.username, password: `mala ${i}`, totp: '123456' }, 401);
    const locked = await attempt(hostFor(tenant), { username: victim.username, password: victim.password, totp: await currentTotp(victim.totpSecret) }, 423);
    expect(locked.body.detail).toMatch(/bloqueada tras varios intentos fallidos. Inténtelo de nuevo dentro de 1[45] minutos/);
    await attempt(hostFor(tenant), { username: other.username, password: other.password, totp: await currentTotp(other.totpSecret) }, 200);
    // The person sees the failures at the next login.
    await database.knex.raw(`UPDATE "t_${tenant.slug}".staff_accounts SET locked_until = now() - interval '1 second' WHERE username = ?`, [victim.username]);
    const back = await attempt(hostFor(tenant), { username: victim.username, password: victim.password, totp: await currentTotp(victim.totpSecret) }, 200);
    expect(back.body.previousAccess).toBeNull();
  });

  test('staff of one ayuntamiento cannot log in on another\'s host', async () => {
    const s = await newStaff();
    const other = await createTestTenant();
    await attempt(hostFor(other), { username: s.username, password: s.password, totp: await currentTotp(s.totpSecret) }, 401);
  });
});

describe('demo seed', () => {
  test('published credentials work; employee certificates map to staff; demo citizens can use PIN', async () => {
    // The demo seed works on the demo slugs: "sonservera" stands in here (its CIF is the one of its employee certificate).
    const sonservera = await createTestTenant({ slug: 'sonservera', ine: '070624', cif: 'P0706200C', community: 'IB', languages: ['ca', 'es'], defaultLanguage: 'ca' });
    await seedDemoIdentity();
    await seedDemoIdentity(); // idempotent
    const staff = demoStaffAdmin('sonservera');
    const ok = await attempt(hostFor(sonservera), { username: staff.username, password: staff.password, totp: await currentTotp(staff.totpSecret) }, 200);
    expect(ok.body.user).toMatchObject({ kind: 'staff', roles: ['admin', 'registro', 'tramitador', 'publicador'] });
    const admin = await attempt('sede.localhost', { username: DEMO_PLATFORM_ADMIN.username, password: DEMO_PLATFORM_ADMIN.password, totp: await currentTotp(DEMO_PLATFORM_ADMIN.totpSecret) }, 200);
    expect(admin.body.user).toMatchObject({ kind: 'platform-admin', username: 'diputacion' });
    const employee = DEMO_CERTIFICATES.find((c) => c.id === 'empleado-sonservera')!.person!;
    const rows = await withTenant(sonservera, async (trx) => ({
      staff: await trx('staff_accounts').where({ nif: employee.nif }).first(),
      citizens: await trx('citizen_accounts').whereNotNull('email_verified_at').count({ n: '*' }),
    }));
    expect(rows.staff.roles).toEqual(['registro', 'tramitador']);
    expect(Number(rows.citizens[0]!.n)).toBe(demoPinCitizens().length);
  });
});
