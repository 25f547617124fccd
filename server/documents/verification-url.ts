import { sedeUrl } from '../platform/tenant-views.ts';
import type { Tenant } from '../platform/types.ts';
import { compactCsv } from './csv-code.ts';

/**
 * Where a document's CSV is checked: the owning sede's public verification page with the code
 * filled in (`http://<slug>.<BASE_DOMAIN>[:PORT]/verificacion?csv=<compact CSV>`). It is printed
 * under the CSV on every page and is the QR code's content; the client's route `/verificacion`
 * reads `csv` and verifies at once. The same page exists on the Diputación portal.
 */
export const VERIFICATION_PATH = 'verificacion';

export function verificationUrl(tenant: Tenant, csv: string): string {
  return `${sedeUrl(tenant)}${VERIFICATION_PATH}?csv=${compactCsv(csv)}`;
}
