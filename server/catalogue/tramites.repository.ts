import type { Knex } from 'knex';
import type { Language } from '../i18n/languages.ts';

/** A tenant's catalogue of trámites (plain table names: called through withTenant). */
export interface Tramite {
  code: string;
  titles: Partial<Record<Language, string>>;
  descriptions: Partial<Record<Language, string>>;
  enabled: boolean;
  position: number;
}

export async function insertTramites(db: Knex.Transaction, tramites: Tramite[]): Promise<void> {
  if (tramites.length === 0) return;
  await db('tramites').insert(tramites.map((t) => ({ ...t, titles: JSON.stringify(t.titles), descriptions: JSON.stringify(t.descriptions) })));
}

export async function listEnabledTramites(db: Knex.Transaction): Promise<Tramite[]> {
  return db('tramites').where({ enabled: true }).orderBy('position').select('code', 'titles', 'descriptions', 'enabled', 'position');
}
