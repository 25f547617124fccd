import { z } from '../http/zod-openapi.ts';
import { openapi, problemResponse } from '../http/openapi-registry.ts';
import { OfficesInput, SectionTexts } from './sede-info.schemas.ts';
import { SECTION_KEYS } from './sections.ts';

/** OpenAPI description of the information page routes. */
const staff = [{ staffSession: [] }];
const SedeInfoPage = z.object({
  title: z.string(), intro: z.string(),
  sections: z.array(z.object({ key: z.enum(SECTION_KEYS as [string, ...string[]]), title: z.string(), text: z.string(), custom: z.boolean(), link: z.string().nullable(), data: z.unknown() })),
}).openapi('SedeInfoPage');

openapi.registerPath({ method: 'get', path: '/sede-info', tags: ['sede-info'], summary: 'Mandatory information of the sede (RD 203/2021 art. 11), in the request\'s language',
  responses: { 200: { description: 'Page', content: { 'application/json': { schema: SedeInfoPage } } } } });
openapi.registerPath({ method: 'get', path: '/sede-info/certificate.pem', tags: ['sede-info'], summary: 'The certificate that identifies the sede (PEM)',
  responses: { 200: { description: 'PEM', content: { 'application/x-pem-file': { schema: z.string() } } }, 404: problemResponse('No certificate') } });
openapi.registerPath({ method: 'put', path: '/staff/sede-info/texts/{section}', tags: ['sede-info'], security: staff, summary: 'The ayuntamiento\'s own text of a section, per language',
  request: { params: z.object({ section: z.enum(SECTION_KEYS as [string, ...string[]]) }), body: { content: { 'application/json': { schema: SectionTexts } } } },
  responses: { 204: { description: 'Saved' }, 404: problemResponse('Unknown section'), 422: problemResponse('Language not enabled') } });
openapi.registerPath({ method: 'put', path: '/staff/sede-info/offices', tags: ['sede-info'], security: staff, summary: 'Replace the list of assistance offices (OAMR)',
  request: { body: { content: { 'application/json': { schema: OfficesInput } } } }, responses: { 204: { description: 'Saved' } } });
