import SwaggerParser from '@apidevtools/swagger-parser';
import request from 'supertest';
import type { Express } from 'express';
import type { Database } from '../../server/db/database.ts';
import { startTestApp } from '../support/test-app.ts';

let app: Express;
let database: Database;
beforeAll(async () => ({ app, database } = await startTestApp()));
afterAll(async () => database.close());

test('/api/openapi.json is a valid OpenAPI 3.1 document generated from the zod schemas', async () => {
  const res = await request(app).get('/api/openapi.json').set('Host', 'sede.localhost').expect(200);
  expect(res.body.openapi).toBe('3.1.0');
  const doc = await SwaggerParser.validate(structuredClone(res.body));
  expect(Object.keys(doc.paths ?? {})).toEqual(expect.arrayContaining(['/sede', '/sedes', '/catalogue', '/admin/tenants', '/admin/tenants/{slug}']));
  // The onboarding body is the zod schema: its required fields and the INE pattern are there.
  const onboard = res.body.components.schemas.OnboardTenant;
  expect(onboard.required).toEqual(expect.arrayContaining(['slug', 'name', 'ine', 'cif', 'community', 'languages', 'defaultLanguage', 'branding']));
  expect(onboard.properties.ine.pattern).toBe('^\\d{6}$');
});
