import { randomBytes } from 'node:crypto';
import type { Express } from 'express';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { nifCheckLetter } from '../../server/codes/nif.ts';
import { insertAccount } from '../../server/identity/accounts.repository.ts';
import { LOGIN_STATE_COOKIE } from '../../server/identity/certificate-handoff.ts';
import { hashPassword } from '../../server/identity/passwords.ts';
import { issueTicket } from '../../server/identity/tickets.ts';
import { currentTotp, newTotpSecret } from '../../server/identity/totp.ts';
import type { AuthMethod, SessionLevel, StaffRole } from '../../server/identity/types.ts';
import { withTenant } from '../../server/tenancy/with-tenant.ts';

/**
 * Logged-in supertest agents for tests of protected routes. Each helper logs in through the
 * real doors (password + TOTP for staff; the certificate listener's one-time ticket for
 * citizens), so the session cookie, its rotation and the CSRF token are the real ones.
 *
 *   const staff = await staffAgent(app, tenant, ['registro']);
 *   await staff.post('/api/registro/asientos').send({ … }).expect(201);   // Host, Origin, X-CSRF-Token preset
 *   await staff.agent.post('/api/…').set('Host', staff.host)...            // raw agent: no CSRF header
 */
export interface SessionAgent {
  /** The supertest agent holding the session cookie. */
  agent: TestAgent;
  /** Host header of the site (`<slug>.sede.localhost` or `sede.localhost`). */
  host: string;
  csrfToken: string;
  /** Host, Origin and X-CSRF-Token: what a same-origin page of the sede sends. */
  headers: Record<string, string>;
  get(path: string): request.Test;
  post(path: string): request.Test;
  put(path: string): request.Test;
  patch(path: string): request.Test;
  delete(path: string): request.Test;
  /** Ends the session (POST /api/session/logout). */
  logout(): Promise<void>;
}

export interface StaffAgent extends SessionAgent {
  staffId: number;
  username: string;
  password: string;
  totpSecret: string;
}

export interface CitizenIdentity {
  nif: string;
  fullName: string;
  givenName: string;
  surname1: string;
  surname2: string;
  levelOfAssurance: SessionLevel;
  method: AuthMethod;
  company: { cif: string; name: string };
}

const hostOf = (tenant: { slug: string } | 'portal') => (tenant === 'portal' ? 'sede.localhost' : `${tenant.slug}.sede.localhost`);

async function wrap(agent: TestAgent, host: string): Promise<SessionAgent> {
  const session = await agent.get('/api/session').set('Host', host).expect(200);
  const csrfToken = session.body.csrfToken as string;
  const headers = { Host: host, Origin: `http://${host}`, 'X-CSRF-Token': csrfToken };
  const call = (method: 'get' | 'post' | 'put' | 'patch' | 'delete') => (path: string) => agent[method](path).set(headers);
  return {
    agent, host, csrfToken, headers,
    get: call('get'), post: call('post'), put: call('put'), patch: call('patch'), delete: call('delete'),
    logout: async () => void (await agent.post('/api/session/logout').set(headers).expect(204)),
  };
}

/** A random valid DNI (test people; 9xxxxxxx so they never clash with the demo set). */
export function randomNif(): string {
  const digits = String(90_000_000 + (randomBytes(4).readUInt32BE() % 9_999_999));
  return digits + nifCheckLetter(digits);
}

/**
 * A new staff member of `tenant` with `roles` (default: all), logged in with password + TOTP.
 * Pass 'portal' for a Diputación admin (roles ignored).
 */
export async function staffAgent(app: Express, tenant: { slug: string } | 'portal', roles: StaffRole[] = ['admin', 'registro', 'tramitador', 'publicador']): Promise<StaffAgent> {
  const username = `t${randomBytes(5).toString('hex')}`;
  const password = randomBytes(12).toString('base64url');
  const totpSecret = newTotpSecret();
  const account = { username, name: `Persona de prueba ${username}`, roles, passwordHash: await hashPassword(password), totpSecret };
  const staffId = tenant === 'portal'
    ? await (await import('../../server/db/current.ts')).db().transaction((trx) => insertAccount(trx, 'platform.platform_admins', account))
    : await withTenant(tenant, (trx) => insertAccount(trx, 'staff_accounts', account));
  const host = hostOf(tenant);
  const agent = request.agent(app);
  const anon = await agent.get('/api/session').set('Host', host).expect(200);
  await agent.post('/api/session/password').set({ Host: host, Origin: `http://${host}`, 'X-CSRF-Token': anon.body.csrfToken })
    .send({ username, password, totp: await currentTotp(totpSecret) }).expect(200);
  return { ...(await wrap(agent, host)), staffId, username, password, totpSecret };
}

/** Staff of the portal: a Diputación admin logged in with password + TOTP. */
export const platformAdminAgent = (app: Express): Promise<StaffAgent> => staffAgent(app, 'portal');

/**
 * A citizen of `tenant` logged in as if through the certificate listener (default: level
 * alto, method certificate, a random NIF). Override any field, e.g. `{ levelOfAssurance:
 * 'bajo', method: 'pin' }` or `{ company: { cif, name } }` for a representative.
 */
export async function citizenAgent(app: Express, tenant: { slug: string }, identity: Partial<CitizenIdentity> = {}): Promise<SessionAgent & { nif: string }> {
  const nif = identity.nif ?? randomNif();
  const givenName = identity.givenName ?? 'PERSONA';
  const surname1 = identity.surname1 ?? 'DE PRUEBA';
  const surname2 = identity.surname2 ?? 'TEST';
  const method = identity.method ?? 'certificate';
  const host = hostOf(tenant);
  const state = randomBytes(32).toString('base64url');
  const ticket = await issueTicket(host, state, {
    returnTo: '/',
    login: {
      kind: 'citizen', site: tenant.slug, nif, givenName, surname1, surname2,
      fullName: identity.fullName ?? `${givenName} ${surname1} ${surname2}`,
      ...(identity.company ? { company: identity.company } : {}),
      auth: {
        method, levelOfAssurance: identity.levelOfAssurance ?? 'alto', at: new Date().toISOString(),
        ...(method === 'certificate' ? { certificate: { issuer: 'AC FNMT Usuarios DEMO', serialNumber: randomBytes(8).toString('hex'), fingerprintSha256: randomBytes(32).toString('hex') } } : {}),
      },
    },
  });
  const agent = request.agent(app);
  await agent.get(`/api/session/certificate/callback?ticket=${ticket}`).set('Host', host).set('Cookie', `${LOGIN_STATE_COOKIE}=${state}`).expect(303);
  return { ...(await wrap(agent, host)), nif };
}
