import { db } from '../db/current.ts';
import { AppError, NotFound } from '../errors/app-error.ts';
import { dropTenantSchema } from '../tenancy/tenant-schema.ts';
import { invalidateTenantDirectory } from '../tenancy/tenant-directory.ts';
import { audit, deleteTenantRow, findTenant, setTenantStatus } from './tenants.repository.ts';
import type { Tenant } from './types.ts';

/** Suspend, resume and delete an ayuntamiento's sede (Diputación admin). */
export async function changeTenantStatus(slug: string, status: Tenant['status'], actor: string): Promise<Tenant> {
  await db().transaction(async (trx) => {
    if (!(await setTenantStatus(trx, slug, status))) throw new NotFound('errors:tenantNotFound', { slug });
    await audit(trx, { actor, action: status === 'suspended' ? 'tenant.suspend' : 'tenant.resume', tenantSlug: slug });
  });
  invalidateTenantDirectory();
  return (await findTenant(db(), slug))!;
}

/** Deletes the row and drops the schema in one transaction; the caller must repeat the slug. */
export async function deleteTenant(slug: string, confirm: string, actor: string): Promise<void> {
  if (confirm !== slug) {
    throw new AppError({ status: 422, code: 'confirmation_mismatch', key: 'errors:deleteConfirmation', fields: [{ field: 'confirm', key: 'validation:confirmSlug', params: { slug } }] });
  }
  await db().transaction(async (trx) => {
    if (!(await deleteTenantRow(trx, slug))) throw new NotFound('errors:tenantNotFound', { slug });
    await dropTenantSchema(trx, { slug });
    await audit(trx, { actor, action: 'tenant.delete', tenantSlug: slug });
  });
  invalidateTenantDirectory();
}
