import type { Knex } from 'knex';
import type { FestivoNames } from './calendar.ts';

/**
 * Service interruptions of the sede and the LPAC 32.4 extensions granted after them
 * (tables service_interruptions and plazo_extensions; plain names: through withTenant).
 */
export type InterruptionKind = 'planned' | 'unplanned';
export type Texts = FestivoNames;

export interface PlazoExtensionRecord {
  id: number;
  interruptionId: number;
  interruptionStartsAt: string;
  amount: number;
  unit: 'habiles' | 'naturales';
  affectedFrom: string;
  affectedTo: string;
  reasons: Texts;
  decidedAt: string;
  decidedBy: string;
}

export interface InterruptionRecord {
  id: number;
  kind: InterruptionKind;
  startsAt: string;
  endsAt: string | null;
  descriptions: Texts;
  createdAt: string;
  createdBy: string;
  extension: PlazoExtensionRecord | null;
}

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

interface Row {
  id: number; kind: InterruptionKind; starts_at: Date; ends_at: Date | null; descriptions: Texts; created_at: Date; created_by: string;
  x_id: number | null; amount: number | null; unit: 'habiles' | 'naturales' | null; affected_from: string | null; affected_to: string | null;
  reasons: Texts | null; decided_at: Date | null; decided_by: string | null;
}

function toRecord(r: Row): InterruptionRecord {
  return {
    id: r.id, kind: r.kind, startsAt: iso(r.starts_at)!, endsAt: iso(r.ends_at), descriptions: r.descriptions,
    createdAt: iso(r.created_at)!, createdBy: r.created_by,
    extension: r.x_id === null ? null : {
      id: r.x_id, interruptionId: r.id, interruptionStartsAt: iso(r.starts_at)!, amount: r.amount!, unit: r.unit!,
      affectedFrom: r.affected_from!, affectedTo: r.affected_to!, reasons: r.reasons!, decidedAt: iso(r.decided_at)!, decidedBy: r.decided_by!,
    },
  };
}

function selectAll(db: Knex.Transaction) {
  return db('service_interruptions as i').leftJoin('plazo_extensions as x', 'x.interruption_id', 'i.id').select(
    'i.id', 'i.kind', 'i.starts_at', 'i.ends_at', 'i.descriptions', 'i.created_at', 'i.created_by',
    'x.id as x_id', 'x.amount', 'x.unit', 'x.affected_from', 'x.affected_to', 'x.reasons', 'x.decided_at', 'x.decided_by',
  );
}

export async function listInterruptions(db: Knex.Transaction): Promise<InterruptionRecord[]> {
  return ((await selectAll(db).orderBy('i.starts_at', 'desc').orderBy('i.id', 'desc')) as Row[]).map(toRecord);
}

export async function findInterruption(db: Knex.Transaction, id: number, opts: { forUpdate?: boolean } = {}): Promise<InterruptionRecord | undefined> {
  if (opts.forUpdate) await db('service_interruptions').where({ id }).forUpdate().select('id');
  const row = (await selectAll(db).where('i.id', id).first()) as Row | undefined;
  return row && toRecord(row);
}

export async function insertInterruption(db: Knex.Transaction, i: { kind: InterruptionKind; startsAt: string; endsAt: string | null; descriptions: Texts; createdBy: string }): Promise<number> {
  const [row] = await db('service_interruptions').insert({
    kind: i.kind, starts_at: i.startsAt, ends_at: i.endsAt, descriptions: JSON.stringify(i.descriptions), created_by: i.createdBy,
  }).returning('id');
  return (row as { id: number }).id;
}

export async function updateInterruption(db: Knex.Transaction, id: number, patch: { endsAt?: string | null; descriptions?: Texts }): Promise<void> {
  const values: Record<string, unknown> = {};
  if (patch.endsAt !== undefined) values.ends_at = patch.endsAt;
  if (patch.descriptions) values.descriptions = JSON.stringify(patch.descriptions);
  if (Object.keys(values).length > 0) await db('service_interruptions').where({ id }).update(values);
}

export async function insertExtension(db: Knex.Transaction, x: Omit<PlazoExtensionRecord, 'id' | 'decidedAt' | 'interruptionStartsAt'>): Promise<void> {
  await db('plazo_extensions').insert({
    interruption_id: x.interruptionId, amount: x.amount, unit: x.unit, affected_from: x.affectedFrom, affected_to: x.affectedTo,
    reasons: JSON.stringify(x.reasons), decided_by: x.decidedBy,
  });
}

/** Every published 32.4 extension, oldest first. */
export async function listPublishedExtensions(db: Knex.Transaction): Promise<PlazoExtensionRecord[]> {
  return (await listInterruptions(db)).map((i) => i.extension).filter((x): x is PlazoExtensionRecord => x !== null).reverse();
}
