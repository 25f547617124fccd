import { Router } from 'express';
import { z } from '../http/zod-openapi.ts';
import { db } from '../db/current.ts';
import { NotFound } from '../errors/app-error.ts';
import { openapi, problemResponse } from '../http/openapi-registry.ts';
import { requestPort, requirePortal, requireSede } from '../http/route-guards.ts';
import { COMMUNITY_CODES } from '../calendar/communities.ts';
import { portalProfile } from './portal-profile.ts';
import { publicSedeView, sedeListItem } from './tenant-views.ts';
import { listTenants, tenantLogo } from './tenants.repository.ts';
import { LANGUAGES } from '../i18n/languages.ts';

/** Public information about the site: the sede (or the Diputación portal) and the list of sedes. */
export const sedeRouter = Router();

sedeRouter.get('/sede', (req, res) => {
  res.set('Cache-Control', 'no-cache');
  if (req.site.kind === 'sede') return void res.json(publicSedeView(req.site.tenant, req.lng));
  const p = portalProfile();
  res.json({ kind: 'portal', name: p.names[req.lng] ?? p.name, names: p.names, languages: LANGUAGES, defaultLanguage: p.defaultLanguage, branding: { ...p.branding, logoUrl: null } });
});

sedeRouter.get('/sede/logo', requireSede, async (req, res) => {
  const logo = req.site.kind === 'sede' ? await tenantLogo(db(), req.site.tenant.slug) : undefined;
  if (!logo) throw new NotFound();
  // An SVG is shown as an image only: no scripts even if opened directly.
  res.set({ 'Content-Type': logo.type, 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'", 'Cache-Control': 'public, max-age=300' }).send(logo.bytes);
});

sedeRouter.get('/sedes', requirePortal, async (req, res) => {
  const tenants = (await listTenants(db())).filter((t) => t.status === 'active');
  res.json({ items: tenants.map((t) => sedeListItem(t, req.lng, requestPort(req))) });
});

sedeRouter.get('/communities', (req, res) => {
  res.json({ items: COMMUNITY_CODES.map((code) => ({ code, name: req.t(`platform:communities.${code}`) })) });
});

const SedeInfo = z.object({ kind: z.enum(['sede', 'portal']), slug: z.string().optional(), name: z.string(), languages: z.array(z.enum(LANGUAGES)), defaultLanguage: z.enum(LANGUAGES) }).passthrough().openapi('SedeInfo');
openapi.registerPath({ method: 'get', path: '/sede', tags: ['public'], summary: 'The site of this host: an ayuntamiento\'s sede or the Diputación portal',
  responses: { 200: { description: 'Site', content: { 'application/json': { schema: SedeInfo } } }, 404: problemResponse('Unknown host') } });
openapi.registerPath({ method: 'get', path: '/sedes', tags: ['public'], summary: 'Active sedes of the province (portal only)',
  responses: { 200: { description: 'Sedes', content: { 'application/json': { schema: z.object({ items: z.array(z.object({ slug: z.string(), name: z.string(), url: z.string() }).passthrough()) }) } } } } });
openapi.registerPath({ method: 'get', path: '/communities', tags: ['public'], summary: 'Autonomous communities',
  responses: { 200: { description: 'Communities', content: { 'application/json': { schema: z.object({ items: z.array(z.object({ code: z.enum(COMMUNITY_CODES), name: z.string() })) }) } } } } });
