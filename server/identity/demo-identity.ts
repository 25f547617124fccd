import { db } from '../db/current.ts';
import { DEMO_CERTIFICATES, DEMO_TOWNS } from '../pki/demo-citizen-data.ts';
import { findTenant } from '../platform/tenants.repository.ts';
import { withTenant } from '../tenancy/with-tenant.ts';
import { findAccount, insertAccount, type AccountTable } from './accounts.repository.ts';
import { findCitizen, markEmailVerified, upsertCitizen } from './citizens.repository.ts';
import { hashPassword } from './passwords.ts';
import type { StaffRole } from './types.ts';

/**
 * Demo people with published credentials (DEMO ONLY, printed by `sede demo`):
 * - a Diputación admin on the portal (password + TOTP);
 * - one staff admin per demo ayuntamiento (password + TOTP), and the ayuntamiento's demo
 *   public-employee certificate mapped to a staff account (registro, tramitador);
 * - every demo citizen of the certificate set with a confirmed e-mail address for PIN access
 *   (their codes land in the demo mailbox page).
 * Idempotent: existing accounts are left as they are.
 */
export interface DemoAccount {
  site: string;
  username: string;
  password: string;
  totpSecret: string;
  name: string;
  roles?: StaffRole[];
}

export const DEMO_PLATFORM_ADMIN: DemoAccount = {
  site: '@portal', username: 'diputacion', password: 'demo-diputacion', totpSecret: 'QL27EKEQDAXJUHLFYKKSLC6ZAR5HK247', name: 'Administración de la Diputación (DEMO)',
};

const TOWN_SECRETS: Record<string, string> = {
  calamonte: 'ZKVVG5VERE5RVNBZBI3ED35EQYTRB7XC',
  cartagena: 'LAXFYZ6GVF5DVHQVSLEDSJEULY55NTIC',
  ssreyes: 'XRXV7AKDEONZZ6IOOHC5NBOUQP45BRBH',
  legazpi: 'WXANPRU7IX7ZGBINESR6ZAW4JAHFV3QE',
  sonservera: 'CH57WFIBN2ICKSCHDL6XIP5YVRW2YI4E',
};

export const demoStaffAdmin = (slug: string): DemoAccount => ({
  site: slug, username: 'admin', password: `demo-${slug}`, totpSecret: TOWN_SECRETS[slug] ?? 'ZKVVG5VERE5RVNBZBI3ED35EQYTRB7XC',
  name: `Administración de ${slug} (DEMO)`, roles: ['admin', 'registro', 'tramitador', 'publicador'],
});

export const DEMO_EMPLOYEE_ROLES: StaffRole[] = ['registro', 'tramitador'];

/** Demo citizens with an e-mail address for PIN access (NIF, name, address). */
export function demoPinCitizens(): { nif: string; fullName: string; email: string }[] {
  return DEMO_CERTIFICATES.filter((c) => c.status === 'valid' && c.person && !c.tenant).map((c) => ({
    nif: c.person!.nif,
    fullName: [c.person!.givenName, c.person!.surname1, c.person!.surname2].filter(Boolean).join(' '),
    email: c.person!.email,
  }));
}

async function ensureAccount(k: Parameters<typeof findAccount>[0], table: AccountTable, a: { username: string; name: string; nif?: string; email?: string; roles?: StaffRole[]; password?: string; totpSecret?: string }): Promise<boolean> {
  if (await findAccount(k, table, a.nif ? { nif: a.nif } : { username: a.username })) return false;
  if (await findAccount(k, table, { username: a.username })) return false;
  await insertAccount(k, table, { ...a, ...(a.password ? { passwordHash: await hashPassword(a.password) } : {}) });
  return true;
}

export async function seedDemoIdentity(): Promise<void> {
  const admin = DEMO_PLATFORM_ADMIN;
  await ensureAccount(db(), 'platform.platform_admins', { username: admin.username, name: admin.name, password: admin.password, totpSecret: admin.totpSecret });
  for (const town of DEMO_TOWNS) {
    const tenant = await findTenant(db(), town.slug);
    if (!tenant) continue;
    const staff = demoStaffAdmin(town.slug);
    const employee = DEMO_CERTIFICATES.find((c) => c.id === `empleado-${town.slug}`)?.person;
    const hashed = await hashPassword(staff.password);
    await withTenant(tenant, async (trx) => {
      await ensureAccount(trx, 'staff_accounts', { username: staff.username, name: staff.name, roles: staff.roles, totpSecret: staff.totpSecret });
      await trx.table('staff_accounts').where({ username: staff.username }).whereNull('password_hash').update({ password_hash: hashed });
      if (employee) {
        const name = [employee.givenName, employee.surname1, employee.surname2].filter(Boolean).join(' ');
        await ensureAccount(trx, 'staff_accounts', { username: employee.email.split('@')[0]!, name, nif: employee.nif, email: employee.email, roles: DEMO_EMPLOYEE_ROLES });
      }
      for (const c of demoPinCitizens()) {
        if (await findCitizen(trx, c.nif)) continue;
        await upsertCitizen(trx, c.nif, c.fullName, c.email);
        await markEmailVerified(trx, c.nif, c.email);
      }
    });
  }
}
