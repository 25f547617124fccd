import type { Knex } from 'knex';
import type { Language } from '../i18n/languages.ts';

/**
 * The tenant's own texts for the information page, its assistance offices and its active
 * certificate (plain table names: through withTenant).
 */
export type Texts = Partial<Record<Language, string>>;

export interface Office {
  names: Texts;
  address: string;
  hours: Texts;
  phone?: string | null;
  email?: string | null;
  /** Not verified against a public source: shown as a demo value. */
  demo?: boolean;
}

export interface CertificateRow {
  purpose: 'sede' | 'seal';
  certificate_pem: string;
  subject: string;
  issuer: string;
  serial_number: string;
  fingerprint_sha256: string;
  not_before: Date;
  not_after: Date;
}

export async function listTexts(db: Knex.Transaction): Promise<Map<string, Texts>> {
  const rows = await db('sede_info_texts').select<{ section: string; lng: Language; body: string }[]>('section', 'lng', 'body');
  const out = new Map<string, Texts>();
  for (const r of rows) out.set(r.section, { ...out.get(r.section), [r.lng]: r.body });
  return out;
}

export async function upsertText(db: Knex.Transaction, section: string, lng: Language, body: string, by: string): Promise<void> {
  await db('sede_info_texts').insert({ section, lng, body, updated_by: by }).onConflict(['section', 'lng'])
    .merge({ body, updated_by: by, updated_at: db.raw('clock_timestamp()') });
}

export async function deleteText(db: Knex.Transaction, section: string, lng: Language): Promise<void> {
  await db('sede_info_texts').where({ section, lng }).delete();
}

export async function listOffices(db: Knex.Transaction): Promise<Office[]> {
  return db('oficinas_asistencia').orderBy(['position', 'id']).select('names', 'address', 'hours', 'phone', 'email', 'demo');
}

export async function replaceOffices(db: Knex.Transaction, offices: readonly Office[]): Promise<void> {
  await db('oficinas_asistencia').delete();
  if (offices.length === 0) return;
  await db('oficinas_asistencia').insert(offices.map((o, position) => ({
    position, names: JSON.stringify(o.names), address: o.address, hours: JSON.stringify(o.hours), phone: o.phone ?? null, email: o.email ?? null, demo: o.demo ?? false,
  })));
}

/** The certificate that identifies the sede: its active 'sede' certificate, else the active seal. */
export async function activeCertificate(db: Knex.Transaction): Promise<CertificateRow | undefined> {
  return db('certificates').where({ active: true }).whereIn('purpose', ['sede', 'seal'])
    .orderByRaw(`CASE purpose WHEN 'sede' THEN 0 ELSE 1 END`).orderBy('created_at', 'desc')
    .first<CertificateRow | undefined>('purpose', 'certificate_pem', 'subject', 'issuer', 'serial_number', 'fingerprint_sha256', 'not_before', 'not_after');
}
