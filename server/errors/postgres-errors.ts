import { AppError, Conflict } from './app-error.ts';

/** Translates Postgres errors that users can cause into AppErrors, in one place. */
const UNIQUE_FIELDS: Record<string, string> = {
  tenants_slug_unique: 'slug',
  tenants_ine_unique: 'ine',
  tenants_dir3_unique: 'dir3',
  tenant_hostnames_pkey: 'hostnames',
};

export function translatePostgresError(err: unknown): unknown {
  if (err instanceof AppError || typeof err !== 'object' || err === null) return err;
  const e = err as { code?: string; constraint?: string };
  if (e.code === '23505') {
    const field = (e.constraint && UNIQUE_FIELDS[e.constraint]) ?? 'id';
    return new Conflict('errors:duplicate', [{ field, key: 'validation:duplicate' }]);
  }
  if (e.code === '3F000' || e.code === '42P01') return new AppError({ status: 500, code: 'schema_missing', key: 'errors:internal', cause: err });
  return err;
}
