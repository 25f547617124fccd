import { OID } from '../pki/oids.ts';
import type { IssuerProfile, LevelOfAssurance } from './types.ts';

/**
 * Level of assurance of a certificate login (recorded on the session and on every filing).
 *
 * - DNIe: 'alto'. The key lives in the card's chip and Spain notified the DNIe under eIDAS
 *   at level high; its authentication certificate carries no QC statement, so the profile
 *   decides.
 * - Qualified certificates of natural persons (QCStatements with QcCompliance 0.4.0.1862.1.1)
 *   from the Spanish issuers we recognise (FNMT, the AGE public-sector CAs, ACCV, Izenpe,
 *   Camerfirma): 'alto'. Identity was checked in person by a qualified trust service provider
 *   (ETSI EN 319 411-2), which is what LPAC art. 9.2.a asks of "certificados electrónicos
 *   cualificados". This is a project decision: strict eIDAS "high" would also require the key
 *   in a qualified device (QcSSCD), which software certificates lack. Revisit here if a
 *   procedure needs the stricter reading.
 * - Everything else (non-qualified, or an issuer we do not recognise): 'sustancial'.
 */
export function levelOfAssurance(profile: IssuerProfile, qcStatementIds: readonly string[]): LevelOfAssurance {
  if (profile === 'dnie') return 'alto';
  if (profile !== 'unknown' && qcStatementIds.includes(OID.qcCompliance)) return 'alto';
  return 'sustancial';
}
