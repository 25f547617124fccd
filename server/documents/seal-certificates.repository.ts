import type { Knex } from 'knex';

/** The tenant's active seal certificate, as server/platform/seal-certificate.ts stored it (inside withTenant). */
export interface StoredSealCertificate {
  id: number;
  /** PKCS#12 encrypted with the deployment secret. */
  p12: Buffer;
  subject: string;
  issuer: string;
  serialNumber: string;
  fingerprintSha256: string;
  notBefore: Date;
  notAfter: Date;
}

export async function findActiveSealCertificate(db: Knex.Transaction): Promise<StoredSealCertificate | undefined> {
  const row = await db('certificates').where({ purpose: 'seal', active: true }).orderBy('id', 'desc')
    .first('id', 'p12', 'subject', 'issuer', 'serial_number', 'fingerprint_sha256', 'not_before', 'not_after');
  return row && {
    id: row.id, p12: row.p12, subject: row.subject, issuer: row.issuer, serialNumber: row.serial_number,
    fingerprintSha256: row.fingerprint_sha256, notBefore: row.not_before, notAfter: row.not_after,
  };
}
