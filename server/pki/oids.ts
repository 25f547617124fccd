/**
 * Object identifiers used by Spanish certificate profiles (docs/LEGAL.md §7). Shared by the
 * issuing side (server/pki) and the reading side (server/identity).
 */
export const OID = {
  // X.520 attribute types
  commonName: '2.5.4.3',
  surname: '2.5.4.4',
  serialNumber: '2.5.4.5',
  country: '2.5.4.6',
  locality: '2.5.4.7',
  organization: '2.5.4.10',
  organizationalUnit: '2.5.4.11',
  title: '2.5.4.12',
  description: '2.5.4.13',
  givenName: '2.5.4.42',
  organizationIdentifier: '2.5.4.97',
  uid: '0.9.2342.19200300.100.1.1',
  email: '1.2.840.113549.1.9.1',

  // Extensions
  subjectAltName: '2.5.29.17',
  crlNumber: '2.5.29.20',
  qcStatements: '1.3.6.1.5.5.7.1.3',

  // Extended key usages
  serverAuth: '1.3.6.1.5.5.7.3.1',
  clientAuth: '1.3.6.1.5.5.7.3.2',
  emailProtection: '1.3.6.1.5.5.7.3.4',

  // ETSI EN 319 412-5 QC statements
  qcCompliance: '0.4.0.1862.1.1',
  qcSscd: '0.4.0.1862.1.4',
  qcType: '0.4.0.1862.1.6',
  qcTypeEsign: '0.4.0.1862.1.6.1',
  qcTypeEseal: '0.4.0.1862.1.6.2', // UNCONFIRMED (LEGAL.md §10)
} as const;

/** FNMT-RCM identity attributes in the SAN directoryName (decoded 2016 certificate). */
export const FNMT_SAN = {
  givenName: '1.3.6.1.4.1.5734.1.1',
  surname1: '1.3.6.1.4.1.5734.1.2',
  surname2: '1.3.6.1.4.1.5734.1.3',
  nif: '1.3.6.1.4.1.5734.1.4',
  /** Representative certificates: razón social and CIF. One old parser says .1.14/.1.15: UNCONFIRMED. */
  companyName: '1.3.6.1.4.1.5734.1.6',
  companyCif: '1.3.6.1.4.1.5734.1.7',
} as const;

export const AGE_EMPLOYEE_SAN_PREFIX = '2.16.724.1.3.5.7.1.';
/** AGE "empleado público" identity attributes in the SAN directoryName (2.16.724.1.3.5.7.1.x). */
export const AGE_EMPLOYEE_SAN = {
  certificateType: '2.16.724.1.3.5.7.1.1',
  organisationName: '2.16.724.1.3.5.7.1.2',
  organisationCif: '2.16.724.1.3.5.7.1.3',
  nif: '2.16.724.1.3.5.7.1.4',
  givenName: '2.16.724.1.3.5.7.1.6',
  surname1: '2.16.724.1.3.5.7.1.7',
  surname2: '2.16.724.1.3.5.7.1.8',
} as const;

/**
 * AGE "sello electrónico" SAN attributes live under 2.16.724.1.3.5.2.2 (LEGAL.md §7). The
 * numbering of the individual fields below mirrors the employee layout: UNCONFIRMED.
 */
export const AGE_SEAL_SAN_PREFIX = '2.16.724.1.3.5.2.2.';
export const AGE_SEAL_SAN = {
  certificateType: '2.16.724.1.3.5.2.2.1',
  organisationName: '2.16.724.1.3.5.2.2.2',
  organisationCif: '2.16.724.1.3.5.2.2.3',
} as const;

/** Certificate policies. The AGE profile numbers (5.6 sello, 5.7 empleado) are UNCONFIRMED. */
export const POLICY = {
  fnmtNaturalPerson: '1.3.6.1.4.1.5734.3.10.1',
  dnieAuthentication: '2.16.724.1.2.2.2.4',
  representative: '2.16.724.1.3.5.8',
  ageEmployeePrefix: '2.16.724.1.3.5.7.',
  ageEmployee: '2.16.724.1.3.5.7.2',
  ageSealPrefix: '2.16.724.1.3.5.6.',
  ageSeal: '2.16.724.1.3.5.6.2',
} as const;
