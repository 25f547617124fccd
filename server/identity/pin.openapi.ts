import { z } from '../http/zod-openapi.ts';
import { openapi, problemResponse } from '../http/openapi-registry.ts';
import { PinRequest, PinVerify, SessionView } from './identity.schemas.ts';

const csrf = { headers: z.object({ 'x-csrf-token': z.string() }) };
const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });

openapi.registerPath({ method: 'post', path: '/session/pin/request', tags: ['identity'], summary: 'Send a one-time code to the e-mail address registered for this NIF (same answer whether or not it exists)',
  request: { ...csrf, body: json(PinRequest) },
  responses: { 202: { description: 'If the NIF and address match a registered account, a code was sent', ...json(z.object({ sent: z.literal(true), expiresInMinutes: z.number() })) },
    422: problemResponse('Invalid NIF or address'), 423: problemResponse('PIN access locked for a while'), 429: problemResponse('Too many codes requested') } });
openapi.registerPath({ method: 'post', path: '/session/pin/verify', tags: ['identity'], summary: 'Log in with the one-time code (level of assurance bajo)',
  request: { ...csrf, body: json(PinVerify) },
  responses: { 200: { description: 'Logged in', ...json(SessionView) }, 401: problemResponse('Wrong or expired code'), 423: problemResponse('Locked after repeated failures'), 429: problemResponse('Too many failures from this address') } });
