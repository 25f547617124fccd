import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import type { Knex } from 'knex';
import { logger } from '../log.ts';
import { sendMail } from '../mail/mailer.ts';
import { translator } from '../i18n/i18n.ts';
import type { Language } from '../i18n/languages.ts';
import { deploymentSecret } from '../platform/deployment-secret.ts';
import type { Tenant } from '../platform/types.ts';
import { AppError } from '../errors/app-error.ts';
import { insertPinCode, type PinCodeRow, type PinPurpose } from './citizens.repository.ts';

/**
 * One-time codes sent by e-mail: 6 digits from the CSPRNG, valid 10 minutes, 3 tries each,
 * stored as an HMAC (deployment secret) of tenant, NIF, purpose and code.
 */
export const PIN_TTL_MINUTES = 10;
export const PIN_TRIES_PER_CODE = 3;

const hashOf = (tenant: string, nif: string, purpose: PinPurpose, code: string): Buffer =>
  createHmac('sha256', deploymentSecret()).update(`pin|${tenant}|${nif}|${purpose}|${code}`).digest();

export function pinMatches(tenant: string, row: PinCodeRow, code: string): boolean {
  const given = hashOf(tenant, row.nif, row.purpose, code);
  return given.length === row.code_hash.length && timingSafeEqual(given, row.code_hash);
}

/** Stores a fresh code (inside the tenant's transaction) and returns it, to be mailed after commit. */
export async function newPinCode(trx: Knex.Transaction, tenant: Tenant, nif: string, purpose: PinPurpose, email: string): Promise<string> {
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  await insertPinCode(trx, { nif, purpose, email, codeHash: hashOf(tenant.slug, nif, purpose, code), ttlMinutes: PIN_TTL_MINUTES });
  return code;
}

/** The e-mail with the code, in the person's language. */
export async function mailPinCode(tenant: Tenant, lng: Language, purpose: PinPurpose, email: string, code: string): Promise<void> {
  const t = translator(lng);
  const sede = tenant.names[lng] ?? tenant.name;
  const kind = purpose === 'login' ? 'login' : 'verify';
  try {
    await sendMail({
      to: email,
      site: tenant.slug,
      subject: t(`identity:mail.${kind}.subject`, { sede }),
      text: t(`identity:mail.${kind}.body`, { sede, code, minutes: PIN_TTL_MINUTES }),
    });
  } catch (err) {
    logger().error({ err, tenant: tenant.slug }, 'could not send the PIN e-mail');
    throw new AppError({ status: 503, code: 'mail_failed', key: 'errors:pin.mailFailed', cause: err });
  }
}
