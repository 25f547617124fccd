import { z } from '../http/zod-openapi.ts';
import { isValidPersonalNif, normalizeNif } from '../codes/nif.ts';
import { STAFF_ROLES } from './types.ts';

/** Request and response schemas of the identity API: they validate and they document. */
const level = z.enum(['bajo', 'sustancial', 'alto']);
const method = z.enum(['certificate', 'pin', 'password-totp']);

export const PasswordLogin = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
  totp: z.string().trim().regex(/^\d{6}$/, 'validation:totp'),
}).strict().openapi('PasswordLogin');

const nif = z.string().max(20).transform(normalizeNif).refine(isValidPersonalNif, 'validation:nif');
const email = z.string().trim().toLowerCase().max(200).email('validation:email');

export const PinRequest = z.object({ nif, email }).strict().openapi('PinRequest');
export const PinVerify = z.object({ nif, code: z.string().trim().regex(/^\d{6}$/, 'validation:pinFormat') }).strict().openapi('PinVerify');
export const EmailRegistration = z.object({ email }).strict().openapi('EmailRegistration');
export const EmailConfirmation = z.object({ code: z.string().trim().regex(/^\d{6}$/, 'validation:pinFormat') }).strict().openapi('EmailConfirmation');

export const SessionView = z.object({
  authenticated: z.boolean(),
  csrfToken: z.string(),
  user: z.object({
    kind: z.enum(['citizen', 'staff', 'platform-admin']),
    fullName: z.string(),
    nif: z.string().optional(),
    company: z.object({ cif: z.string(), name: z.string() }).optional(),
    roles: z.array(z.enum(STAFF_ROLES)).optional(),
    username: z.string().optional(),
  }).optional(),
  auth: z.object({
    method, levelOfAssurance: level, at: z.string(),
    certificate: z.object({ issuer: z.string(), serialNumber: z.string(), fingerprintSha256: z.string() }).optional(),
  }).optional(),
  previousAccess: z.object({ at: z.string(), method, failuresSince: z.number().int() }).nullable().optional(),
  expiresAt: z.string().optional(),
  methods: z.object({ certificate: z.boolean(), pin: z.boolean(), password: z.boolean() }),
  demo: z.boolean().openapi({ description: 'Demo mode: e-mails go to the demo mailbox' }),
}).openapi('Session');
