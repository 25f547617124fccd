import { z } from '../http/zod-openapi.ts';
import { openapi, problemResponse } from '../http/openapi-registry.ts';
import { PasswordLogin, SessionView } from './identity.schemas.ts';

/** OpenAPI description of the session routes (session.routes.ts). */
const csrf = { headers: z.object({ 'x-csrf-token': z.string().openapi({ description: 'The session\'s CSRF token (GET /api/session, cookie sede_csrf)' }) }) };
const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });

openapi.registerPath({ method: 'get', path: '/session', tags: ['identity'], summary: 'The session on this site: identity, method, level of assurance, previous access, CSRF token',
  responses: { 200: { description: 'Session (or anonymous)', ...json(SessionView) } } });
openapi.registerPath({ method: 'post', path: '/session/logout', tags: ['identity'], summary: 'End the session', request: csrf,
  responses: { 204: { description: 'Logged out' }, 403: problemResponse('CSRF check failed') } });
openapi.registerPath({ method: 'post', path: '/session/password', tags: ['identity'], summary: 'Staff (sede host) or Diputación admin (portal host): password + TOTP',
  request: { ...csrf, body: json(PasswordLogin) },
  responses: { 200: { description: 'Logged in', ...json(SessionView) }, 401: problemResponse('Wrong user name, password or code'), 423: problemResponse('Account locked for a while'), 429: problemResponse('Too many failures from this address') } });
openapi.registerPath({ method: 'get', path: '/session/certificate/start', tags: ['identity'], summary: 'Start a certificate login: redirects to the HTTPS certificate listener',
  request: { query: z.object({ purpose: z.enum(['citizen', 'staff']).optional(), return: z.string().optional() }) },
  responses: { 303: { description: 'To the certificate listener' } } });
openapi.registerPath({ method: 'get', path: '/session/certificate/callback', tags: ['identity'], summary: 'Exchange the one-time ticket of the certificate listener for a session',
  request: { query: z.object({ ticket: z.string() }) },
  responses: { 303: { description: 'Logged in: back to the page the person came from' }, 400: problemResponse('Ticket unknown, used, expired or for another host') } });
