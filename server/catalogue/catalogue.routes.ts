import { Router } from 'express';
import { z } from '../http/zod-openapi.ts';
import { openapi } from '../http/openapi-registry.ts';
import { requireSede } from '../http/route-guards.ts';
import { withTenant } from '../tenancy/with-tenant.ts';
import { listEnabledTramites } from './tramites.repository.ts';

/** The sede's catalogue of trámites (public). */
export const catalogueRouter = Router();

catalogueRouter.get('/catalogue', requireSede, async (req, res) => {
  if (req.site.kind !== 'sede') return;
  const lng = req.lng;
  const tramites = await withTenant(req.site.tenant, (db) => listEnabledTramites(db));
  res.json({ items: tramites.map((t) => ({ code: t.code, title: t.titles[lng] ?? t.titles.es, description: t.descriptions[lng] ?? t.descriptions.es ?? '' })) });
});

openapi.registerPath({ method: 'get', path: '/catalogue', tags: ['catalogue'], summary: 'Enabled trámites of this sede, in the request\'s language',
  responses: { 200: { description: 'Catalogue', content: { 'application/json': { schema: z.object({ items: z.array(z.object({ code: z.string(), title: z.string(), description: z.string() })) }) } } } } });
