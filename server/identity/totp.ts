import { generate, generateSecret, generateURI, verify } from 'otplib';

/**
 * TOTP (RFC 6238, 30 s, 6 digits, SHA-1: what authenticator apps use) with otplib. One step of
 * clock drift is tolerated either way, and a code already used (its time step at or before
 * the last accepted one) is refused, so a code seen over someone's shoulder cannot be replayed.
 */
export const newTotpSecret = (): string => generateSecret();

export const totpUri = (secret: string, label: string, issuer = 'Sede electrónica'): string => generateURI({ secret, label, issuer });

/** The current code (demo tooling and tests). */
export const currentTotp = (secret: string): Promise<string> => generate({ secret });

/** The accepted time step, or undefined when the code is wrong or replayed. */
export async function checkTotp(secret: string, token: string, lastStep: number | null): Promise<number | undefined> {
  if (!/^\d{6}$/.test(token)) return undefined;
  const result = await verify({ secret, token, epochTolerance: 30, ...(lastStep != null ? { afterTimeStep: lastStep } : {}) });
  return result.valid ? (result as { timeStep?: number }).timeStep : undefined;
}
