import { readFileSync } from 'node:fs';
import { fromRoot } from '../paths.ts';
import type { Tramite } from './tramites.repository.ts';

/**
 * The starter catalogue every new ayuntamiento receives (tenants/_catalogue/tramites.json);
 * a tenant's `catalogue` list in its tenant.json picks a subset by code.
 */
type StarterTramite = Omit<Tramite, 'enabled' | 'position'>;
let cached: StarterTramite[] | undefined;

export function starterCatalogue(): StarterTramite[] {
  cached ??= JSON.parse(readFileSync(fromRoot('tenants', '_catalogue', 'tramites.json'), 'utf8')) as StarterTramite[];
  return cached;
}

export function catalogueFor(codes?: string[]): Tramite[] {
  const all = starterCatalogue();
  const picked = codes ? codes.map((c) => {
    const found = all.find((t) => t.code === c);
    if (!found) throw new Error(`Unknown trámite code in tenant data: ${c}`);
    return found;
  }) : all;
  return picked.map((t, i) => ({ ...t, enabled: true, position: i + 1 }));
}
