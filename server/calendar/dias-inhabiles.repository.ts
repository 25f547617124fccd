import type { Knex } from 'knex';
import type { Festivo, FestivoNames, HolidayLayer } from './calendar.ts';

/**
 * A tenant's días inhábiles (table `dias_inhabiles`, one row per date and layer), read and
 * written as the engine's Festivo. Plain table names: called through withTenant.
 */
interface Row {
  fecha: string; // civil date 'YYYY-MM-DD' (DATE columns are kept as strings)
  layer: HolidayLayer;
  names: FestivoNames;
}

const toFestivo = (r: Row): Festivo => ({ date: r.fecha, layer: r.layer, names: r.names });
const toRow = (f: Festivo) => ({ fecha: f.date, layer: f.layer, names: JSON.stringify(f.names) });

/** Inserts, skipping a (date, layer) that already has a row: seeding is repeatable. */
export async function insertFestivos(db: Knex.Transaction, festivos: readonly Festivo[]): Promise<void> {
  if (festivos.length === 0) return;
  await db('dias_inhabiles').insert(festivos.map(toRow)).onConflict(['fecha', 'layer']).ignore();
}

export async function listFestivos(db: Knex.Transaction, range: { from?: string; to?: string } = {}): Promise<Festivo[]> {
  const q = db('dias_inhabiles').orderBy(['fecha', 'layer']).select<Row[]>('fecha', 'layer', 'names');
  if (range.from) void q.where('fecha', '>=', range.from);
  if (range.to) void q.where('fecha', '<=', range.to);
  return (await q).map(toFestivo);
}

export async function listFestivosOfYear(db: Knex.Transaction, year: number): Promise<Festivo[]> {
  return listFestivos(db, { from: `${year}-01-01`, to: `${year}-12-31` });
}

/** Years whose official layers (national or autonomic) are in the table: the published years. */
export async function publishedYears(db: Knex.Transaction): Promise<number[]> {
  const r = await db.raw(`SELECT DISTINCT extract(year FROM fecha)::int AS year FROM dias_inhabiles WHERE layer IN ('national', 'autonomic') ORDER BY 1`);
  return (r.rows as { year: number }[]).map((x) => x.year);
}

export async function findFestivo(db: Knex.Transaction, date: string, layer: HolidayLayer): Promise<Festivo | undefined> {
  const row = await db('dias_inhabiles').where({ fecha: date, layer }).first<Row | undefined>('fecha', 'layer', 'names');
  return row && toFestivo(row);
}

export async function insertFestivo(db: Knex.Transaction, f: Festivo): Promise<void> {
  await db('dias_inhabiles').insert(toRow(f));
}

export async function deleteFestivo(db: Knex.Transaction, date: string, layer: HolidayLayer): Promise<boolean> {
  return (await db('dias_inhabiles').where({ fecha: date, layer }).delete()) > 0;
}

export async function renameFestivo(db: Knex.Transaction, date: string, layer: HolidayLayer, names: FestivoNames): Promise<boolean> {
  return (await db('dias_inhabiles').where({ fecha: date, layer }).update({ names: JSON.stringify(names) })) > 0;
}
