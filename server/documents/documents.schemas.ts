import { z } from '../http/zod-openapi.ts';
import { openapi, problemResponse } from '../http/openapi-registry.ts';
import { LANGUAGES } from '../i18n/languages.ts';

/** Response shapes of the documents API (verification is public; the gallery is for staff), for the OpenAPI document. */
const code = z.object({ code: z.string(), name: z.string() });

export const Verification = z.object({
  csv: z.string().openapi({ example: '7KQF-M2XA-9RTD-HB4W-CZ6P' }),
  document: z.object({
    title: z.string(), template: z.string(), language: z.enum(LANGUAGES), tipoDocumental: code, issuedAt: z.string(),
    pages: z.number().int(), size: z.number().int(), mimeType: z.string(), sha256: z.string(), hashMatches: z.boolean(),
  }),
  eni: z.object({
    identifier: z.string().openapi({ example: 'ES_L01060251_2026_DOC_00000000000000000000000001' }), organos: z.array(z.string()),
    capturedAt: z.string(), origin: z.enum(['administracion', 'ciudadano']), originName: z.string(), estadoElaboracion: code,
    originDocumentIdentifier: z.string().nullable(),
  }),
  owner: z.object({ slug: z.string(), name: z.string(), dir3: z.string(), url: z.string(), isThisSede: z.boolean() })
    .openapi({ description: 'The ayuntamiento that issued the document (whichever sede it is checked on)' }),
  seal: z.object({
    valid: z.boolean(), intact: z.boolean(), chainTrusted: z.boolean().nullable(), signedAt: z.string().nullable(), problems: z.array(z.string()),
    signer: z.object({
      name: z.string(), organization: z.string().optional(), subject: z.string(), issuer: z.string(), serialNumber: z.string(),
      validFrom: z.string(), validTo: z.string(), fingerprintSha256: z.string(),
    }).nullable(),
  }).openapi({ description: 'The PAdES seal as checked on the stored bytes by the project\'s verifier' }),
  links: z.object({ pdf: z.string(), eni: z.string() }),
}).openapi('CsvVerification');

export const Gallery = z.object({
  items: z.array(z.object({
    template: z.string(), tipoDocumental: z.string(),
    samples: z.array(z.object({ lng: z.enum(LANGUAGES), title: z.string(), url: z.string() })),
  })),
}).openapi('DocumentGallery');

const csvParam = z.object({ csv: z.string().openapi({ description: 'The CSV as printed; case, spaces and dashes do not matter' }) });
const notFound = problemResponse('No document with that CSV (the same answer for an unknown and a malformed code)');
const tooMany = { ...problemResponse('Too many look-ups from this address or in total; see Retry-After'), headers: { 'Retry-After': { schema: { type: 'integer' as const } } } };

openapi.registerPath({ method: 'get', path: '/verify/{csv}', tags: ['public'], summary: 'Verify a document by its CSV (any sede or the portal)',
  request: { params: csvParam },
  responses: { 200: { description: 'The document, its owner and its seal', content: { 'application/json': { schema: Verification } } }, 404: notFound, 429: tooMany } });
openapi.registerPath({ method: 'get', path: '/verify/{csv}/pdf', tags: ['public'], summary: 'Download the original sealed PDF',
  request: { params: csvParam },
  responses: { 200: { description: 'The PDF exactly as issued', content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } } }, 404: notFound, 429: tooMany } });
openapi.registerPath({ method: 'get', path: '/verify/{csv}/eni.xml', tags: ['public'], summary: 'ENI metadata (metadatosDocumentoEni.xsd) of the document',
  request: { params: csvParam },
  responses: { 200: { description: 'enidocmeta:metadatos', content: { 'application/xml': { schema: z.string() } } }, 404: notFound, 429: tooMany } });
openapi.registerPath({ method: 'get', path: '/documents/gallery', tags: ['documents'], summary: 'Sample documents: templates × the sede\'s languages (staff)',
  responses: { 200: { description: 'Gallery', content: { 'application/json': { schema: Gallery } } }, 401: problemResponse('Not logged in as staff'), 403: problemResponse('Not staff of this sede') } });
openapi.registerPath({ method: 'get', path: '/documents/gallery/{template}', tags: ['documents'], summary: 'One sample, rendered and sealed, marked as a sample and not in the CSV index (staff)',
  request: { params: z.object({ template: z.enum(['justificante', 'diligencia-publicacion', 'volante-empadronamiento']) }), query: z.object({ lng: z.enum(LANGUAGES).optional() }) },
  responses: { 200: { description: 'Sample PDF', content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } } },
    401: problemResponse('Not logged in as staff'), 422: problemResponse('Language not offered by the sede'), 503: problemResponse('No valid seal certificate') } });
