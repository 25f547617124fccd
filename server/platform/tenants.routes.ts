import { Router } from 'express';
import { z } from '../http/zod-openapi.ts';
import { requirePortal } from '../http/route-guards.ts';
import { openapi, problemResponse } from '../http/openapi-registry.ts';
import { validate } from '../http/validate.ts';
import { platformActor, requirePlatformAdmin } from './admin-token.ts';
import { onboardTenant } from './onboard-tenant.ts';
import { changeTenantStatus, deleteTenant } from './tenant-lifecycle.ts';
import { adminTenantView } from './tenant-views.ts';
import { DeleteTenant, OnboardTenant, TenantView } from './tenants.schemas.ts';
import { listTenants } from './tenants.repository.ts';
import { db } from '../db/current.ts';

/** Diputación admin: onboard, list, suspend/resume and delete ayuntamientos. */
export const tenantsRouter = Router();
const admin = [requirePortal, requirePlatformAdmin];

tenantsRouter.get('/admin/tenants', ...admin, async (_req, res) => {
  res.json({ items: (await listTenants(db())).map(adminTenantView) });
});

tenantsRouter.post('/admin/tenants', ...admin, validate(OnboardTenant), async (req, res) => {
  res.status(201).json(adminTenantView(await onboardTenant(req.body, { actor: platformActor(req) })));
});

tenantsRouter.post('/admin/tenants/:slug/suspend', ...admin, async (req, res) => {
  res.json(adminTenantView(await changeTenantStatus(String(req.params.slug), 'suspended', platformActor(req))));
});

tenantsRouter.post('/admin/tenants/:slug/resume', ...admin, async (req, res) => {
  res.json(adminTenantView(await changeTenantStatus(String(req.params.slug), 'active', platformActor(req))));
});

tenantsRouter.delete('/admin/tenants/:slug', ...admin, validate(DeleteTenant), async (req, res) => {
  await deleteTenant(String(req.params.slug), req.body.confirm, platformActor(req));
  res.status(204).end();
});

const security: Record<string, string[]>[] = [{ platformAdmin: [] }, { platformAdminSession: [] }];
const slugParam = z.object({ slug: z.string() });
openapi.registerComponent('securitySchemes', 'platformAdmin', { type: 'http', scheme: 'bearer' });
openapi.registerComponent('securitySchemes', 'platformAdminSession', { type: 'apiKey', in: 'cookie', name: 'sede_sid', description: 'Session of a Diputación admin (password + TOTP on the portal); state changes also need X-CSRF-Token' });
openapi.registerPath({ method: 'get', path: '/admin/tenants', tags: ['platform'], security, summary: 'List ayuntamientos',
  responses: { 200: { description: 'Tenants', content: { 'application/json': { schema: z.object({ items: z.array(TenantView) }) } } }, 401: problemResponse('No admin token') } });
openapi.registerPath({ method: 'post', path: '/admin/tenants', tags: ['platform'], security, summary: 'Onboard an ayuntamiento (all or nothing)',
  request: { body: { content: { 'application/json': { schema: OnboardTenant } } } },
  responses: { 201: { description: 'Created', content: { 'application/json': { schema: TenantView } } }, 409: problemResponse('Duplicate slug, code or hostname'), 422: problemResponse('Invalid field') } });
for (const action of ['suspend', 'resume'] as const) {
  openapi.registerPath({ method: 'post', path: `/admin/tenants/{slug}/${action}`, tags: ['platform'], security, summary: `${action} a sede`, request: { params: slugParam },
    responses: { 200: { description: 'Updated', content: { 'application/json': { schema: TenantView } } }, 404: problemResponse('Unknown tenant') } });
}
openapi.registerPath({ method: 'delete', path: '/admin/tenants/{slug}', tags: ['platform'], security, summary: 'Delete a sede and its schema',
  request: { params: slugParam, body: { content: { 'application/json': { schema: DeleteTenant } } } },
  responses: { 204: { description: 'Deleted' }, 404: problemResponse('Unknown tenant'), 422: problemResponse('Confirmation does not match') } });
