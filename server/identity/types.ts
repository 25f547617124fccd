/** What a client certificate says about the person behind it. */
export type IssuerProfile = 'fnmt' | 'dnie' | 'age' | 'accv' | 'izenpe' | 'camerfirma' | 'unknown';

/** eIDAS levels as the sede records them on sessions and filings (ARCHITECTURE D4). */
export type LevelOfAssurance = 'alto' | 'sustancial';

export type CertificateKind = 'person' | 'representative' | 'employee';

export interface CertificateIdentity {
  kind: CertificateKind;
  /** NIF of the natural person (DNI, NIE or K/L/M form), normalised and check-letter valid. */
  nif: string;
  givenName: string;
  surname1: string;
  surname2?: string;
  /** "NOMBRE APELLIDO1 APELLIDO2", as written in the certificate (upper case in most profiles). */
  fullName: string;
  /** Representatives: the legal person they act for. */
  company?: { cif: string; name: string };
  /** Public employees: the administration they work for. */
  organisation?: { name: string; cif?: string };
  issuer: { commonName: string; profile: IssuerProfile };
  /** Certificate serial number, hex lower case. */
  serialNumber: string;
  levelOfAssurance: LevelOfAssurance;
  /** SHA-256 of the DER certificate, hex lower case: for audit trails and binding staff accounts. */
  fingerprintSha256: string;
}

/** Staff roles of an ayuntamiento. */
export const STAFF_ROLES = ['admin', 'registro', 'tramitador', 'publicador'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** How a session was opened. */
export type AuthMethod = 'certificate' | 'pin' | 'password-totp';

/** Level of assurance of a session (ENS / eIDAS): a PIN by e-mail is 'bajo'. */
export type SessionLevel = 'bajo' | LevelOfAssurance;

/** The previous successful access of the same person (ENS op.acc.5), shown after login. */
export interface PreviousAccess {
  at: string;
  method: AuthMethod;
  /** Failed attempts on the account since that access. */
  failuresSince: number;
}

/** What every session records about its login (ARCHITECTURE D4). */
export interface SessionAuth {
  method: AuthMethod;
  levelOfAssurance: SessionLevel;
  certificate?: { issuer: string; serialNumber: string; fingerprintSha256: string };
  /** ISO time of the login. */
  at: string;
}

interface SessionUserBase {
  auth: SessionAuth;
  previousAccess: PreviousAccess | null;
  /** Epoch ms after which the session ends whatever the activity (absolute timeout). */
  absoluteExpiresAt: number;
  fullName: string;
  nif?: string;
}

/** A citizen (or a company's representative) on one ayuntamiento's sede. */
export interface CitizenUser extends SessionUserBase {
  kind: 'citizen';
  /** Tenant slug. */
  site: string;
  nif: string;
  givenName?: string;
  surname1?: string;
  surname2?: string;
  company?: { cif: string; name: string };
}

/** A member of an ayuntamiento's staff, with their roles on that ayuntamiento only. */
export interface StaffUser extends SessionUserBase {
  kind: 'staff';
  site: string;
  staffId: number;
  username: string;
  roles: StaffRole[];
}

/** An administrator of the Diputación (platform), on the portal host. */
export interface PlatformAdminUser extends SessionUserBase {
  kind: 'platform-admin';
  site: typeof PORTAL_SITE;
  adminId: number;
  username: string;
}

export const PORTAL_SITE = '@portal';

export type SessionUser = CitizenUser | StaffUser | PlatformAdminUser;

/** A login that has been proved but whose session is not open yet (ticket payload, login use cases). */
export type ProvedLogin = Omit<CitizenUser, 'previousAccess' | 'absoluteExpiresAt'> | Omit<StaffUser, 'previousAccess' | 'absoluteExpiresAt'> | Omit<PlatformAdminUser, 'previousAccess' | 'absoluteExpiresAt'>;

/** `citizen:<nif>`, `staff:<id>`, `admin:<id>`: the key of a person in access logs and sessions. */
export function subjectOf(user: ProvedLogin | SessionUser): string {
  switch (user.kind) {
    case 'citizen':
      return `citizen:${user.nif}`;
    case 'staff':
      return `staff:${user.staffId}`;
    default:
      return `admin:${user.adminId}`;
  }
}
