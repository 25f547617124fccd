/**
 * Subject and extensions of each certificate profile the demo citizen PKI imitates
 * (LEGAL.md §7). The layouts of FNMT, DNIe, representative and AGE employee follow decoded
 * certificates; ACCV follows a parser; Izenpe and Camerfirma are ETSI EN 319 412-2 guesses
 * (UNCONFIRMED).
 */
import { x509 } from './x509.ts';
import { AGE_EMPLOYEE_SAN, FNMT_SAN, OID, POLICY } from './oids.ts';
import { qcStatementsExtension, subjectAltNameExtension, type NameAttribute } from './extensions.ts';
import { sealExtensions, sealSubject } from './seal-certificate.ts';

export interface DemoPerson {
  givenName: string;
  surname1: string;
  surname2?: string;
  nif: string;
  email: string;
}

export type DemoProfile =
  | { type: 'fnmt'; layout: 'idces' | 'old' }
  | { type: 'dnie' }
  | { type: 'representative'; company: { name: string; cif: string } }
  | { type: 'employee'; organisation: { name: string; cif: string }; unit: string; title: string }
  | { type: 'etsi' }
  | { type: 'accv' }
  | { type: 'seal'; organisation: { name: string; cif: string; dir3: string } };

export interface ProfileOptions {
  /** QC statements (QcCompliance, QcType esign). */
  qualified: boolean;
  /** Without it the certificate cannot be used for TLS client authentication. */
  clientAuth: boolean;
}

const surnames = (p: DemoPerson) => [p.surname1, p.surname2].filter(Boolean).join(' ');
const fullName = (p: DemoPerson) => `${p.givenName} ${surnames(p)}`;

const personExtensions = (opts: ProfileOptions, policies: string[]): x509.Extension[] => [
  new x509.BasicConstraintsExtension(false, undefined, true),
  new x509.KeyUsagesExtension(
    x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation | x509.KeyUsageFlags.keyEncipherment,
    true,
  ),
  new x509.ExtendedKeyUsageExtension(opts.clientAuth ? [OID.clientAuth, OID.emailProtection] : [OID.emailProtection]),
  ...(policies.length ? [new x509.CertificatePolicyExtension(policies)] : []),
  ...(opts.qualified ? [qcStatementsExtension({ type: 'esign' })] : []),
];

const fnmtSan = (p: DemoPerson): NameAttribute[] => [
  [FNMT_SAN.givenName, p.givenName],
  [FNMT_SAN.surname1, p.surname1],
  ...(p.surname2 ? [[FNMT_SAN.surname2, p.surname2] as const] : []),
  [FNMT_SAN.nif, p.nif],
];

export function profileContents(
  person: DemoPerson | undefined,
  profile: DemoProfile,
  opts: ProfileOptions,
): { subject: NameAttribute[]; extensions: x509.Extension[] } {
  if (profile.type === 'seal') {
    const req = { organizationName: profile.organisation.name, cif: profile.organisation.cif, dir3: profile.organisation.dir3 };
    // Unlike the deployment's PAdES seal, this one also carries clientAuth (some real seals
    // do), so that TLS accepts it and the login itself has to refuse it.
    const extensions = sealExtensions(req).map((e) =>
      e.type === '2.5.29.37' && opts.clientAuth ? new x509.ExtendedKeyUsageExtension([OID.clientAuth, OID.emailProtection]) : e,
    );
    return { subject: sealSubject(req), extensions };
  }
  if (!person) throw new Error('A person certificate needs a person');
  const p = person;
  switch (profile.type) {
    case 'fnmt':
      // FNMT AC Usuarios: CN "APE1 APE2 NOMBRE - NIF"; serialNumber without prefix until ~2019.
      return {
        subject: [
          [OID.country, 'ES'],
          [OID.serialNumber, profile.layout === 'idces' ? `IDCES-${p.nif}` : p.nif],
          [OID.surname, surnames(p)],
          [OID.givenName, p.givenName],
          [OID.commonName, `${surnames(p)} ${p.givenName} - ${p.nif}`],
        ],
        extensions: [...personExtensions(opts, [POLICY.fnmtNaturalPerson]), subjectAltNameExtension({ emails: [p.email], directoryName: fnmtSan(p) })],
      };
    case 'dnie':
      // DNIe authentication certificate: SN = first surname only; no SAN, no QC statements.
      return {
        subject: [
          [OID.country, 'ES'],
          [OID.serialNumber, p.nif],
          [OID.surname, p.surname1],
          [OID.givenName, p.givenName],
          [OID.commonName, `${surnames(p)}, ${p.givenName} (AUTENTICACIÓN)`],
        ],
        extensions: [
          new x509.BasicConstraintsExtension(false, undefined, true),
          new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
          ...(opts.clientAuth ? [new x509.ExtendedKeyUsageExtension([OID.clientAuth])] : [new x509.ExtendedKeyUsageExtension([OID.emailProtection])]),
          new x509.CertificatePolicyExtension([POLICY.dnieAuthentication]),
        ],
      };
    case 'representative':
      return {
        subject: [
          [OID.country, 'ES'],
          [OID.organizationIdentifier, `VATES-${profile.company.cif}`],
          [OID.organization, profile.company.name],
          [OID.description, 'Reg:28079 /Hoja:M-000000 /Tomo:00000 /Folio:000 /Fecha:01/02/2024 /Inscripción:1 (DEMO)'],
          [OID.serialNumber, `IDCES-${p.nif}`],
          [OID.surname, surnames(p)],
          [OID.givenName, p.givenName],
          [OID.commonName, `${p.nif} ${p.givenName} ${p.surname1} (R: ${profile.company.cif})`],
        ],
        extensions: [
          ...personExtensions(opts, [POLICY.representative]),
          subjectAltNameExtension({
            emails: [p.email],
            directoryName: [...fnmtSan(p), [FNMT_SAN.companyName, profile.company.name], [FNMT_SAN.companyCif, profile.company.cif]],
          }),
        ],
      };
    case 'employee':
      return {
        subject: [
          [OID.country, 'ES'],
          [OID.organization, profile.organisation.name],
          [OID.organizationalUnit, profile.unit],
          [OID.organizationIdentifier, `VATES-${profile.organisation.cif}`],
          [OID.title, profile.title],
          [OID.serialNumber, `IDCES-${p.nif}`],
          [OID.surname, surnames(p)],
          [OID.givenName, p.givenName],
          [OID.commonName, `${fullName(p)} - DNI ${p.nif}`],
        ],
        extensions: [
          ...personExtensions(opts, [POLICY.ageEmployee]),
          subjectAltNameExtension({
            emails: [p.email],
            directoryName: [
              [AGE_EMPLOYEE_SAN.certificateType, 'CERTIFICADO ELECTRÓNICO DE EMPLEADO PÚBLICO'],
              [AGE_EMPLOYEE_SAN.organisationName, profile.organisation.name],
              [AGE_EMPLOYEE_SAN.organisationCif, profile.organisation.cif],
              [AGE_EMPLOYEE_SAN.nif, p.nif],
              [AGE_EMPLOYEE_SAN.givenName, p.givenName],
              [AGE_EMPLOYEE_SAN.surname1, p.surname1],
              ...(p.surname2 ? [[AGE_EMPLOYEE_SAN.surname2, p.surname2] as const] : []),
            ],
          }),
        ],
      };
    case 'etsi':
      // Izenpe / Camerfirma: ETSI EN 319 412-2 natural person (UNCONFIRMED layout).
      return {
        subject: [
          [OID.country, 'ES'],
          [OID.serialNumber, `IDCES-${p.nif}`],
          [OID.surname, surnames(p)],
          [OID.givenName, p.givenName],
          [OID.commonName, fullName(p)],
        ],
        extensions: [...personExtensions(opts, []), subjectAltNameExtension({ emails: [p.email] })],
      };
    case 'accv':
      // ACCV: NIF in UID, "NOMBRE|APELLIDO1|APELLIDO2" in the SAN (from a parser, UNCONFIRMED).
      return {
        subject: [
          [OID.country, 'ES'],
          [OID.uid, p.nif],
          [OID.surname, surnames(p)],
          [OID.givenName, p.givenName],
          [OID.commonName, fullName(p)],
        ],
        extensions: [
          ...personExtensions(opts, []),
          subjectAltNameExtension({
            emails: [p.email],
            directoryName: [[OID.commonName, [p.givenName, p.surname1, p.surname2 ?? ''].join('|')]],
          }),
        ],
      };
  }
}
