import type { Knex } from 'knex';
import type { Language } from '../i18n/languages.ts';

/** A tenant's días inhábiles, one row per date and layer (plain table names: via withTenant). */
export type HolidayLayer = 'national' | 'autonomic' | 'local';

export interface DiaInhabil {
  fecha: string; // YYYY-MM-DD, civil date
  layer: HolidayLayer;
  names: Partial<Record<Language, string>>;
}

export async function insertDiasInhabiles(db: Knex.Transaction, dias: DiaInhabil[]): Promise<void> {
  if (dias.length === 0) return;
  await db('dias_inhabiles').insert(dias.map((d) => ({ ...d, names: JSON.stringify(d.names) }))).onConflict(['fecha', 'layer']).ignore();
}

export async function listDiasInhabiles(db: Knex.Transaction, year: number): Promise<DiaInhabil[]> {
  return db('dias_inhabiles').whereBetween('fecha', [`${year}-01-01`, `${year}-12-31`]).orderBy(['fecha', 'layer']).select('fecha', 'layer', 'names');
}
