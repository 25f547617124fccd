/**
 * The one place that turns a tenant slug into a schema name. Slugs are lower-case DNS labels
 * (letters, digits, hyphens); the schema is `t_<slug>` with hyphens as underscores, which is
 * injective because slugs never contain underscores.
 */
export const SLUG_PATTERN = /^[a-z](?:[a-z0-9-]{0,38}[a-z0-9])?$/;

export function isValidSlug(slug: string): boolean {
  return SLUG_PATTERN.test(slug) && !slug.includes('--');
}

export function schemaName(slug: string): string {
  if (!isValidSlug(slug)) throw new Error(`Invalid tenant slug: ${JSON.stringify(slug)}`);
  return `t_${slug.replace(/-/g, '_')}`;
}

/** The schema name quoted as an SQL identifier (safe: validated above). */
export function quotedSchema(slug: string): string {
  return `"${schemaName(slug)}"`;
}
