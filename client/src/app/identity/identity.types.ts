/** What GET /api/session answers (server/identity/session-view.ts). */
export type AuthMethod = 'certificate' | 'pin' | 'password-totp';
export type Level = 'bajo' | 'sustancial' | 'alto';
export type StaffRole = 'admin' | 'registro' | 'tramitador' | 'publicador';

export interface SessionUser {
  kind: 'citizen' | 'staff' | 'platform-admin';
  fullName: string;
  nif?: string;
  company?: { cif: string; name: string };
  roles?: StaffRole[];
  username?: string;
}

export interface SessionView {
  authenticated: boolean;
  csrfToken: string;
  user?: SessionUser;
  auth?: { method: AuthMethod; levelOfAssurance: Level; at: string; certificate?: { issuer: string; serialNumber: string } };
  previousAccess?: { at: string; method: AuthMethod; failuresSince: number } | null;
  expiresAt?: string;
  methods: { certificate: boolean; pin: boolean; password: boolean };
  demo: boolean;
}

export interface AccountView {
  nif: string;
  fullName: string;
  email: string | null;
  emailVerified: boolean;
}

/** Keys of `errors:*` that a login redirect may carry in `?error=` (anything else is ignored). */
export const LOGIN_ERROR = /^(certificate|login|pin|session)\.[A-Za-z.]{2,40}$/;

/** Same-site paths only, as the server checks. */
export function safeReturn(value: string | null | undefined, fallback: string): string {
  return value && /^\/(?![/\\])[\x21-\x7e]*$/.test(value) ? value : fallback;
}
