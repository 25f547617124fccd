/**
 * Which certification authority family issued a certificate, from the issuer's name.
 * The reader runs after the TLS layer has verified the chain against the trust bundle, so a
 * name is enough here; it never replaces that check.
 */
import { x509 } from '../pki/x509.ts';
import { OID } from '../pki/oids.ts';
import type { IssuerProfile } from './types.ts';

/** Upper case without accents, for comparing names. */
export const fold = (text: string): string =>
  text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase().replace(/\s+/g, ' ').trim();

export function issuerProfile(issuer: x509.Name): IssuerProfile {
  const field = (oid: string) => fold(issuer.getField(oid).join(' '));
  const o = field(OID.organization);
  const ou = field(OID.organizationalUnit);
  const cn = field(OID.commonName);
  // DNIe: CN=AC DNIE 00x, OU=DNIE, O=DIRECCION GENERAL DE LA POLICIA (decoded DNIe 3.0).
  if (ou.split(' ').includes('DNIE') || /^AC (RAIZ )?DNIE\b/.test(cn) || o.includes('DIRECCION GENERAL DE LA POLICIA')) return 'dnie';
  if (o.includes('FNMT')) {
    // FNMT's public-sector CAs issue under the AGE profiles (empleado público, sello, sede).
    return /\bAC (SECTOR PUBLICO|ADMINISTRACION PUBLICA)\b/.test(cn) ? 'age' : 'fnmt';
  }
  if (o.includes('ACCV') || cn.startsWith('ACCV')) return 'accv';
  // Izenpe (O=IZENPE S.A.) and Camerfirma (O=AC Camerfirma S.A.): issuer names UNCONFIRMED.
  if (o.includes('IZENPE') || cn.includes('IZENPE')) return 'izenpe';
  if (o.includes('CAMERFIRMA') || cn.includes('CAMERFIRMA')) return 'camerfirma';
  return 'unknown';
}
