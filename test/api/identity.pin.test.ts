import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Express } from 'express';
import request from 'supertest';
import { resetConfig } from '../../server/config.ts';
import type { Database } from '../../server/db/database.ts';
import { markEmailVerified, upsertCitizen } from '../../server/identity/citizens.repository.ts';
import { closeMailer, demoMailbox } from '../../server/mail/mailer.ts';
import type { SmtpSink } from '../../server/mail/smtp-sink.ts';
import type { Tenant } from '../../server/platform/types.ts';
import { withTenant } from '../../server/tenancy/with-tenant.ts';
import { citizenAgent, randomNif } from '../support/sessions.ts';
import { createTestTenant, hostFor, startTestApp } from '../support/test-app.ts';

/**
 * PIN login: a code by e-mail (real SMTP into the embedded sink), level bajo; registration of
 * the address from "my account"; brute force spread over many addresses (through a trusted
 * proxy, X-Forwarded-For) locks that account only.
 */
process.env.TRUSTED_PROXIES = '::1';
resetConfig();

let app: Express;
let database: Database;
let tenant: Tenant;
let server: Server;
let base: string;
let sink: SmtpSink;

beforeAll(async () => {
  ({ app, database } = await startTestApp());
  tenant = await createTestTenant({ languages: ['es', 'ca', 'eu'], defaultLanguage: 'es' });
  server = app.listen(0, '::');
  await new Promise((r) => server.once('listening', r));
  base = `http://[::1]:${(server.address() as AddressInfo).port}`;
  sink = (await demoMailbox())!;
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  await closeMailer();
  await database.close();
});

let ipCounter = 0;
/** A request through the trusted proxy for client address `ip` (a fresh one by default). */
function fromAddress(ip = `203.0.113.${(ipCounter++ % 250) + 1}`) {
  return {
    ip,
    post: (agent: ReturnType<typeof request.agent>, path: string, csrf: string) =>
      agent.post(path).set({ Host: hostFor(tenant), Origin: `http://${hostFor(tenant)}`, 'X-CSRF-Token': csrf, 'X-Forwarded-For': ip }),
  };
}

async function anonymous(ip?: string) {
  const agent = request.agent(base);
  const s = await agent.get('/api/session').set('Host', hostFor(tenant)).expect(200);
  const from = fromAddress(ip);
  return { agent, post: (path: string) => from.post(agent, path, s.body.csrfToken as string) };
}

async function registered(): Promise<{ nif: string; email: string }> {
  const nif = randomNif();
  const email = `p${nif.toLowerCase()}@correo.example`;
  await withTenant(tenant, async (trx) => {
    await upsertCitizen(trx, nif, 'PERSONA REGISTRADA DE PRUEBA', email);
    await markEmailVerified(trx, nif, email);
  });
  return { nif, email };
}

const codeIn = (text: string) => /\b(\d{6})\b/.exec(text)![1]!;

async function requestCode(who: { nif: string; email: string }, ip?: string): Promise<string> {
  const after = sink.lastId;
  const a = await anonymous(ip);
  await a.post('/api/session/pin/request').send(who).expect(202);
  return codeIn((await sink.waitFor(who.email, { afterId: after })).text);
}

describe('registering the address and logging in with a PIN', () => {
  test('a certificate session registers and confirms an address; then PIN login gives level bajo and the previous access', async () => {
    const citizen = await citizenAgent(app, tenant, { levelOfAssurance: 'alto' });
    const email = `registro.${citizen.nif.toLowerCase()}@correo.example`;
    const after = sink.lastId;
    await citizen.post('/api/account/email').set('Accept-Language', 'ca').send({ email: email.toUpperCase() }).expect(202);
    const mail = await sink.waitFor(email, { afterId: after });
    expect(mail.subject).toContain('Confirmeu la vostra adreça de correu');
    expect((await citizen.get('/api/account').expect(200)).body).toMatchObject({ email, emailVerified: false });
    await citizen.post('/api/account/email/confirm').send({ code: '000000' === codeIn(mail.text) ? '111111' : '000000' }).expect(401);
    const confirmed = await citizen.post('/api/account/email/confirm').send({ code: codeIn(mail.text) }).expect(200);
    expect(confirmed.body).toMatchObject({ email, emailVerified: true });

    const code = await requestCode({ nif: citizen.nif, email });
    const a = await anonymous();
    const login = await a.post('/api/session/pin/verify').send({ nif: citizen.nif, code }).expect(200);
    expect(login.body).toMatchObject({ authenticated: true, user: { kind: 'citizen', nif: citizen.nif }, auth: { method: 'pin', levelOfAssurance: 'bajo' } });
    expect(login.body.previousAccess).toMatchObject({ method: 'certificate' });
    // The code is single-use.
    const again = await (await anonymous()).post('/api/session/pin/verify').send({ nif: citizen.nif, code }).expect(401);
    expect(again.body.detail).toBe('El código ha caducado o ya se ha utilizado. Solicite uno nuevo.');
  });

  test('a PIN session cannot register an address (that needs a certificate)', async () => {
    const pin = await citizenAgent(app, tenant, { levelOfAssurance: 'bajo', method: 'pin' });
    const res = await pin.post('/api/account/email').send({ email: 'otra@correo.example' }).expect(403);
    expect(res.body.code).toBe('insufficient_level');
  });

  test('unknown NIF or address: the same answer, and nothing is sent', async () => {
    const after = sink.lastId;
    const a = await anonymous();
    await a.post('/api/session/pin/request').send({ nif: randomNif(), email: 'nadie@correo.example' }).expect(202);
    await new Promise((r) => setTimeout(r, 200));
    expect(sink.lastId).toBe(after);
  });

  test('bad input: a clear message per field, in the person\'s language', async () => {
    const a = await anonymous();
    const res = await a.post('/api/session/pin/request').set('Accept-Language', 'eu').send({ nif: '12345678A', email: 'not-an-address' }).expect(422);
    const fields = Object.fromEntries(res.body.errors.map((e: { field: string; message: string }) => [e.field, e.message]));
    expect(fields.nif).toBe('IFZa edo AIZa ez da baliozkoa: egiaztatu zifrak eta letra.');
    expect(fields.email).toBeDefined();
    const code = await a.post('/api/session/pin/verify').send({ nif: randomNif(), code: 'abc' }).expect(422);
    expect(code.body.errors[0]).toMatchObject({ field: 'code', message: 'El código tiene 6 cifras.' });
  });

  test('an expired code: a clear message', async () => {
    const who = await registered();
    const code = await requestCode(who);
    await database.knex.raw(`UPDATE "t_${tenant.slug}".pin_codes SET expires_at = clock_timestamp() - interval '1 second' WHERE nif = ?`, [who.nif]);
    const res = await (await anonymous()).post('/api/session/pin/verify').send({ nif: who.nif, code }).expect(401);
    expect(res.body.detail).toBe('El código ha caducado o ya se ha utilizado. Solicite uno nuevo.');
  });
});

describe('brute force', () => {
  test('1,000 wrong PINs spread over many addresses: the account locks, nothing else is affected', async () => {
    const victim = await registered();
    const bystander = await registered();
    const realCode = await requestCode(victim);
    const statuses: number[] = [];
    let next = 0;
    const worker = async () => {
      while (next < 1000) {
        const i = next++;
        if (i % 100 === 50) {
          const r = await (await anonymous()).post('/api/session/pin/request').send(victim);
          statuses.push(r.status);
        }
        const guess = String((i * 7919) % 1_000_000).padStart(6, '0');
        const r = await (await anonymous()).post('/api/session/pin/verify').send({ nif: victim.nif, code: guess === realCode ? '999999' : guess });
        statuses.push(r.status);
      }
    };
    await Promise.all(Array.from({ length: 6 }, worker));
    expect(statuses.filter((s) => s === 200)).toHaveLength(0);
    expect(new Set(statuses.filter((s) => ![202, 401, 423, 429].includes(s)))).toEqual(new Set());
    expect(statuses.filter((s) => s === 423).length).toBeGreaterThan(900);
    const row = await database.knex.raw(`SELECT pin_locked_until FROM "t_${tenant.slug}".citizen_accounts WHERE nif = ?`, [victim.nif]);
    expect(row.rows[0].pin_locked_until.getTime()).toBeGreaterThan(Date.now());

    // Even the right code does not open a locked account.
    const locked = await (await anonymous()).post('/api/session/pin/verify').set('Accept-Language', 'ca').send({ nif: victim.nif, code: realCode }).expect(423);
    expect(locked.body.detail).toMatch(/^Per seguretat, l'accés amb codi a aquest compte està bloquejat/);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);

    // Someone else logs in normally meanwhile.
    const code = await requestCode(bystander);
    await (await anonymous()).post('/api/session/pin/verify').send({ nif: bystander.nif, code }).expect(200);

    // When the lock (and the limit of codes to that address) run out, a fresh code works again.
    await database.knex.raw(`UPDATE "t_${tenant.slug}".citizen_accounts SET pin_locked_until = now() - interval '1 second' WHERE nif = ?`, [victim.nif]);
    await database.knex.raw(`DELETE FROM platform.login_throttle WHERE key = ?`, [`pin-send-mail:${tenant.slug}:${victim.email}`]);
    const fresh = await requestCode(victim, '198.51.100.7');
    await (await anonymous()).post('/api/session/pin/verify').send({ nif: victim.nif, code: fresh }).expect(200);
  }, 120_000);

  test('many wrong PINs from one address: that address is throttled, others are not', async () => {
    const ip = '192.0.2.66';
    let last = 0;
    for (let i = 0; i < 55; i++) {
      last = (await (await anonymous(ip)).post('/api/session/pin/verify').send({ nif: randomNif(), code: '123456' })).status;
      if (last === 429) break;
    }
    expect(last).toBe(429);
    const who = await registered();
    const code = await requestCode(who, '192.0.2.67');
    const blocked = await (await anonymous(ip)).post('/api/session/pin/verify').send({ nif: who.nif, code }).expect(429);
    expect(blocked.body.code).toBe('throttled');
    await (await anonymous('192.0.2.67')).post('/api/session/pin/verify').send({ nif: who.nif, code }).expect(200);
  });

  test('codes to one address are limited', async () => {
    const who = await registered();
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await (await anonymous()).post('/api/session/pin/request').send(who)).status);
    expect(statuses.slice(0, 5)).toEqual([202, 202, 202, 202, 202]);
    expect(statuses.slice(5)).toEqual([429, 429]);
  });
});
