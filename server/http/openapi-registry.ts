import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { z } from './zod-openapi.ts';


/**
 * The API is described from the same zod schemas that validate requests: each route file
 * registers its paths here, and `/api/openapi.json` is generated, never written by hand.
 */
export const openapi = new OpenAPIRegistry();

export const Problem = openapi.register(
  'Problem',
  z.object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    instance: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  }).openapi({ description: 'RFC 9457 problem details, in the language of the request' }),
);

export const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: Problem } },
});

export function openapiDocument(): object {
  return new OpenApiGeneratorV31(openapi.definitions).generateDocument({
    openapi: '3.1.0',
    info: { title: 'Sede API', version: '0.1.0', description: 'Multi-tenant sede electrónica. The tenant is chosen by the Host header.' },
    servers: [{ url: '/api' }],
  });
}
