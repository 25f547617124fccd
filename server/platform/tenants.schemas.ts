import { z } from '../http/zod-openapi.ts';
import { isValidCif } from '../codes/cif.ts';
import { isValidMunicipalityDir3 } from '../codes/dir3.ts';
import { isValidIne6 } from '../codes/ine.ts';
import { LANGUAGES } from '../i18n/languages.ts';
import { isValidSlug } from '../tenancy/schema-name.ts';
import { COMMUNITY_CODES } from '../calendar/communities.ts';

/** Request schemas of the platform (tenants) API: they validate and they document. */
const language = z.enum(LANGUAGES);
const hexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'validation:hexColor');
const hostname = z.string().trim().toLowerCase().max(253)
  .regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/, 'validation:hostname');

export const Address = z.object({
  street: z.string().trim().min(1).max(200),
  postalCode: z.string().regex(/^\d{5}$/, 'validation:postalCode'),
  city: z.string().trim().min(1).max(100),
  province: z.string().trim().min(1).max(100),
}).strict();

export const Branding = z.object({
  primaryColor: hexColor,
  secondaryColor: hexColor,
  address: Address,
  phone: z.string().trim().max(40).optional(),
  email: z.string().trim().email('validation:email').max(200).optional(),
  web: z.string().trim().url('validation:url').max(300).optional(),
}).strict().openapi('Branding');

export const OnboardTenant = z.object({
  slug: z.string().refine(isValidSlug, 'validation:slug').openapi({ example: 'calamonte', description: 'Lower-case DNS label: <slug>.<BASE_DOMAIN>' }),
  name: z.string().trim().min(2).max(120).openapi({ example: 'Ayuntamiento de Calamonte' }),
  names: z.partialRecord(language, z.string().trim().min(2).max(120)).optional(),
  ine: z.string().regex(/^\d{6}$/, 'validation:ineFormat').refine(isValidIne6, 'validation:ineCheckDigit').openapi({ example: '060251', description: 'INE municipality code: 5 digits + check digit' }),
  dir3: z.string().trim().toUpperCase().refine((v) => isValidMunicipalityDir3(v), 'validation:dir3').optional().openapi({ example: 'L01060251', description: 'Derived from the INE code when absent' }),
  cif: z.string().trim().toUpperCase().refine(isValidCif, 'validation:cif').openapi({ example: 'P0602500A' }),
  community: z.enum(COMMUNITY_CODES).openapi({ description: 'Autonomous community, for its holidays' }),
  hostnames: z.array(hostname).max(10).default([]),
  languages: z.array(language).min(1).max(3).refine((l) => new Set(l).size === l.length, 'validation:duplicateLanguage'),
  defaultLanguage: language,
  branding: Branding,
  logo: z.object({
    mediaType: z.enum(['image/png', 'image/svg+xml']),
    base64: z.string().max(400_000).regex(/^[A-Za-z0-9+/=\s]+$/, 'validation:base64'),
  }).strict().optional(),
  sealCertificate: z.object({
    p12Base64: z.string().max(100_000).regex(/^[A-Za-z0-9+/=\s]+$/, 'validation:base64'),
    password: z.string().max(200),
  }).strict().optional().openapi({ description: 'Import a PKCS#12 seal certificate; in demo mode one is generated when absent' }),
}).strict()
  .superRefine((v, ctx) => {
    if (!v.languages.includes(v.defaultLanguage)) ctx.addIssue({ code: 'custom', path: ['defaultLanguage'], message: 'validation:defaultLanguageNotEnabled' });
    if (v.dir3 && v.dir3 !== `L01${v.ine}`) ctx.addIssue({ code: 'custom', path: ['dir3'], message: 'validation:dir3Mismatch' });
  })
  .openapi('OnboardTenant');

export type OnboardTenantInput = z.infer<typeof OnboardTenant>;

export const DeleteTenant = z.object({ confirm: z.string() }).strict().openapi('DeleteTenant');

export const TenantView = z.object({
  slug: z.string(), name: z.string(), names: z.record(z.string(), z.string()), ine: z.string(), dir3: z.string(), cif: z.string(),
  community: z.string(), hostnames: z.array(z.string()), languages: z.array(language), defaultLanguage: language,
  status: z.enum(['active', 'suspended']), createdAt: z.string(), branding: Branding,
}).openapi('Tenant');
