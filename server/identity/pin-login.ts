import { logger } from '../log.ts';
import type { Language } from '../i18n/languages.ts';
import type { Tenant } from '../platform/types.ts';
import { withTenant } from '../tenancy/with-tenant.ts';
import { recordAccess } from './access-log.ts';
import { countPinFailure, countWrongPin, findCitizen, livePinCode, resetPinFailures, spendPinCode, type CitizenAccountRow } from './citizens.repository.ts';
import { AccountLocked, LoginFailed } from './identity.errors.ts';
import { mailPinCode, newPinCode, pinMatches, PIN_TRIES_PER_CODE, PIN_TTL_MINUTES } from './pin-codes.ts';
import { assertNotBlocked, consume, type ThrottleRule } from './throttle.ts';
import type { ProvedLogin } from './types.ts';

/**
 * PIN login (level of assurance 'bajo'): a one-time code sent to the e-mail address the person
 * registered from "my account" after a certificate login. Throttled and locked:
 * - per account: 5 wrong codes lock the PIN door of that NIF for 15 minutes (whatever the
 *   network address: 1,000 tries spread over addresses still stop at 5);
 * - per e-mail address: 5 codes per 15 minutes; per network address: 20 codes per hour and
 *   50 wrong codes per 15 minutes. Other accounts and addresses are not affected.
 * The answer to a code request never says whether the NIF or address exists.
 */
export const PIN_LOCK_AFTER = 5;
export const PIN_LOCK_MINUTES = 15;
const SENDS_PER_MAIL: ThrottleRule = { limit: 5, windowSeconds: 900, blockSeconds: 900, key: 'errors:pin.tooManyCodes' };
const SENDS_PER_IP: ThrottleRule = { limit: 20, windowSeconds: 3600, blockSeconds: 3600, key: 'errors:pin.tooManyFromAddress' };
const FAILURES_PER_IP: ThrottleRule = { limit: 50, windowSeconds: 900, blockSeconds: 900, key: 'errors:pin.tooManyFromAddress' };

const lockedFor = (until: Date | null): number => (until ? (until.getTime() - Date.now()) / 1000 : 0);

type Outcome =
  | { kind: 'ok'; account: CitizenAccountRow }
  | { kind: 'locked'; seconds: number; justNow: boolean }
  | { kind: 'fail'; key: string; reason: string };

export async function requestPin(tenant: Tenant, lng: Language, input: { nif: string; email: string }, ip: string | undefined): Promise<void> {
  await consume(`pin-send-ip:${ip ?? 'unknown'}`, SENDS_PER_IP);
  await consume(`pin-send-mail:${tenant.slug}:${input.email}`, SENDS_PER_MAIL);
  const code = await withTenant(tenant, async (trx) => {
    const account = await findCitizen(trx, input.nif);
    if (!account || account.email !== input.email || !account.email_verified_at) return undefined;
    if (lockedFor(account.pin_locked_until) > 0) throw new AccountLocked('errors:pin.locked', lockedFor(account.pin_locked_until));
    return newPinCode(trx, tenant, input.nif, 'login', input.email);
  });
  if (!code) {
    logger().info({ tenant: tenant.slug }, 'PIN requested for an unknown NIF or address: nothing sent');
    return;
  }
  await mailPinCode(tenant, lng, 'login', input.email, code);
}

export async function verifyPin(tenant: Tenant, input: { nif: string; code: string }, ip: string | undefined): Promise<ProvedLogin> {
  const ipKey = `pin-fail-ip:${ip ?? 'unknown'}`;
  await assertNotBlocked(ipKey, FAILURES_PER_IP);
  const outcome = await withTenant(tenant, async (trx): Promise<Outcome> => {
    const account = await findCitizen(trx, input.nif);
    if (!account) return { kind: 'fail', key: 'errors:pin.expired', reason: 'unknown-nif' };
    if (lockedFor(account.pin_locked_until) > 0) return { kind: 'locked', seconds: lockedFor(account.pin_locked_until), justNow: false };
    if (account.pin_locked_until) await resetPinFailures(trx, input.nif); // an old lock has run out
    const live = await livePinCode(trx, input.nif, 'login');
    if (!live) return { kind: 'fail', key: 'errors:pin.expired', reason: 'no-live-code' };
    if (!pinMatches(tenant.slug, live, input.code)) {
      await countWrongPin(trx, live.id, PIN_TRIES_PER_CODE);
      const locked = await countPinFailure(trx, input.nif, PIN_LOCK_AFTER, PIN_LOCK_MINUTES);
      return locked ? { kind: 'locked', seconds: PIN_LOCK_MINUTES * 60, justNow: true } : { kind: 'fail', key: 'errors:pin.wrong', reason: 'wrong-code' };
    }
    await spendPinCode(trx, live.id);
    await resetPinFailures(trx, input.nif);
    return { kind: 'ok', account };
  });
  if (outcome.kind === 'ok') {
    return {
      kind: 'citizen', site: tenant.slug, nif: outcome.account.nif, fullName: outcome.account.full_name,
      auth: { method: 'pin', levelOfAssurance: 'bajo', at: new Date().toISOString() },
    };
  }
  logger().info({ tenant: tenant.slug, reason: outcome.kind === 'fail' ? outcome.reason : 'locked' }, 'PIN login refused');
  if (outcome.kind === 'locked' ? outcome.justNow : outcome.reason === 'wrong-code') {
    await recordAccess(tenant.slug, { subject: `citizen:${input.nif}`, method: 'pin', outcome: 'failure', reason: 'wrong-code', ip });
  }
  // Every wrong try counts against the address too; tries on a locked account do as well.
  await consume(ipKey, FAILURES_PER_IP);
  if (outcome.kind === 'locked') throw new AccountLocked('errors:pin.locked', outcome.seconds);
  throw new LoginFailed(outcome.key);
}

export { PIN_TTL_MINUTES };
