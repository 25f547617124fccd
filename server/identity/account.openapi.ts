import { z } from '../http/zod-openapi.ts';
import { openapi, problemResponse } from '../http/openapi-registry.ts';
import { EmailConfirmation, EmailRegistration } from './identity.schemas.ts';

const csrf = { headers: z.object({ 'x-csrf-token': z.string() }) };
const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });
const Account = z.object({ nif: z.string(), fullName: z.string(), email: z.string().nullable(), emailVerified: z.boolean() }).openapi('Account');

openapi.registerPath({ method: 'get', path: '/account', tags: ['identity'], summary: 'The citizen\'s account on this sede: identity and e-mail address for PIN access',
  responses: { 200: { description: 'Account', ...json(Account) }, 401: problemResponse('Not logged in'), 403: problemResponse('Not a citizen session') } });
openapi.registerPath({ method: 'post', path: '/account/email', tags: ['identity'], summary: 'Register an e-mail address for PIN access (needs a certificate login); a code is sent to confirm it',
  request: { ...csrf, body: json(EmailRegistration) },
  responses: { 202: { description: 'Code sent', ...json(z.object({ sent: z.literal(true) })) }, 403: problemResponse('Level of assurance too low') } });
openapi.registerPath({ method: 'post', path: '/account/email/confirm', tags: ['identity'], summary: 'Confirm the address with the code sent to it',
  request: { ...csrf, body: json(EmailConfirmation) },
  responses: { 200: { description: 'Confirmed', ...json(Account) }, 401: problemResponse('Wrong or expired code') } });
openapi.registerPath({ method: 'delete', path: '/account/email', tags: ['identity'], summary: 'Remove the address (PIN access off)', request: csrf,
  responses: { 200: { description: 'Removed', ...json(Account) } } });
