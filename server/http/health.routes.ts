import { Router } from 'express';
import { db } from '../db/current.ts';
import { platformPendingMigrations } from '../db/platform-schema.ts';
import { listTenants } from '../platform/tenants.repository.ts';
import { tenantPendingMigrations } from '../tenancy/tenant-schema.ts';

/**
 * /healthz: the process is up. /readyz: the database answers and every migration (platform
 * and each tenant) is applied — the tenant check is cached for a few seconds.
 */
export const healthRouter = Router();
let tenantsCheckedAt = 0;
let tenantsPending = 0;

export function forgetReadiness(): void {
  tenantsCheckedAt = 0;
}

healthRouter.get('/healthz', (_req, res) => {
  res.json({ status: 'ok' });
});

healthRouter.get('/readyz', async (_req, res) => {
  try {
    await db().raw('SELECT 1');
    const platform = await platformPendingMigrations(db());
    if (Date.now() - tenantsCheckedAt > 10_000) {
      let pending = 0;
      for (const t of await listTenants(db())) pending += (await tenantPendingMigrations(t)).length;
      tenantsPending = pending;
      tenantsCheckedAt = Date.now();
    }
    const ready = platform.length === 0 && tenantsPending === 0;
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'migrations pending', platformPending: platform.length, tenantMigrationsPending: tenantsPending });
  } catch {
    res.status(503).json({ status: 'database unreachable' });
  }
});
