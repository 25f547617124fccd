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
