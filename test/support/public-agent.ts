import type { Express } from 'express';
import request from 'supertest';

/**
 * An anonymous visitor of a sede: a cookie-keeping agent that first loads the sede (as the
 * Angular app does) and then sends back the anonymous CSRF token the API hands out in the
 * `sede_csrf` cookie (double submit), so its POSTs pass the CSRF check like a browser's.
 */
export async function publicAgent(app: Express, host: string) {
  const agent = request.agent(app);
  const first = await agent.get('/api/sede').set('Host', host);
  const cookies = ([] as string[]).concat(first.headers['set-cookie'] ?? []);
  const token = cookies.map((c) => /^sede_csrf=([^;]*)/.exec(c)?.[1]).find(Boolean) ?? '';
  return {
    get: (path: string, lang = 'es') => agent.get(path).set('Host', host).set('Accept-Language', lang),
    post: (path: string, lang = 'es') => agent.post(path).set('Host', host).set('Accept-Language', lang).set('X-CSRF-Token', decodeURIComponent(token)),
  };
}
