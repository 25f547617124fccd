import type { Language } from '../i18n/languages.ts';
import type { Tenant } from '../platform/types.ts';
import { withTenant } from '../tenancy/with-tenant.ts';
import { countWrongPin, findCitizen, livePinCode, markEmailVerified, removeEmail, spendPinCode, upsertCitizen } from './citizens.repository.ts';
import { LoginFailed } from './identity.errors.ts';
import { mailPinCode, newPinCode, pinMatches, PIN_TRIES_PER_CODE } from './pin-codes.ts';
import { consume } from './throttle.ts';
import type { CitizenUser } from './types.ts';

/**
 * "My account": the e-mail address for PIN access. Registering it needs a certificate login
 * (the guard asks for level sustancial), and the address only counts once the person typed
 * the code we sent to it.
 */
export interface AccountView {
  nif: string;
  fullName: string;
  email: string | null;
  emailVerified: boolean;
}

export async function accountOf(tenant: Tenant, user: CitizenUser): Promise<AccountView> {
  const row = await withTenant(tenant, (trx) => findCitizen(trx, user.nif));
  return { nif: user.nif, fullName: user.fullName, email: row?.email ?? null, emailVerified: !!row?.email_verified_at };
}

export async function registerEmail(tenant: Tenant, lng: Language, user: CitizenUser, email: string): Promise<void> {
  await consume(`pin-send-mail:${tenant.slug}:${email}`, { limit: 5, windowSeconds: 900, blockSeconds: 900, key: 'errors:pin.tooManyCodes' });
  const code = await withTenant(tenant, async (trx) => {
    await upsertCitizen(trx, user.nif, user.fullName, email);
    return newPinCode(trx, tenant, user.nif, 'verify-email', email);
  });
  await mailPinCode(tenant, lng, 'verify-email', email, code);
}

export async function confirmEmail(tenant: Tenant, user: CitizenUser, code: string): Promise<AccountView> {
  const outcome = await withTenant(tenant, async (trx) => {
    const live = await livePinCode(trx, user.nif, 'verify-email');
    if (!live) return 'errors:pin.expired';
    if (!pinMatches(tenant.slug, live, code)) {
      await countWrongPin(trx, live.id, PIN_TRIES_PER_CODE);
      return 'errors:pin.wrong';
    }
    await spendPinCode(trx, live.id);
    await markEmailVerified(trx, user.nif, live.email);
    return undefined;
  });
  if (outcome) throw new LoginFailed(outcome);
  return accountOf(tenant, user);
}

export async function forgetEmail(tenant: Tenant, user: CitizenUser): Promise<AccountView> {
  await withTenant(tenant, async (trx) => {
    if (await findCitizen(trx, user.nif)) await removeEmail(trx, user.nif);
  });
  return accountOf(tenant, user);
}
