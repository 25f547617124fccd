import request from 'supertest';
import type { Express } from 'express';
import type { Tenant } from '../../server/platform/types.ts';
import { ADMIN_TOKEN, hostFor } from './test-app.ts';

/**
 * A GET on a sede's staff-only documents route. Until staff login is committed, the gallery is
 * guarded by the platform admin's bearer token (server/platform/admin-token.ts).
 */
export function requestAsStaff(app: Express, tenant: Tenant, url: string, lang = 'es') {
  return request(app).get(url).set('Host', hostFor(tenant)).set('Accept-Language', lang).set('Authorization', `Bearer ${ADMIN_TOKEN}`);
}
