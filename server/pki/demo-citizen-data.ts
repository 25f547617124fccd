/**
 * Who is in the demo citizen PKI: the imitated certification authorities and the invented
 * people (every NIF has a valid check letter; none belongs to a real person on purpose).
 */
import { OID } from './oids.ts';
import type { NameAttribute } from './extensions.ts';
import type { DemoPerson, DemoProfile } from './demo-citizen-profiles.ts';
import { nifCheckLetter } from '../codes/nif.ts';
import { cifControl } from '../codes/cif.ts';
import type { IssuerProfile, CertificateKind, LevelOfAssurance } from '../identity/types.ts';

export const DEMO_P12_PASSWORD = 'demo';

const dni = (digits: string) => digits + nifCheckLetter(digits);
const nie = (prefix: 'X' | 'Y' | 'Z', digits: string) => prefix + digits + nifCheckLetter(String('XYZ'.indexOf(prefix)) + digits);
const cifWithDigit = (prefixAndDigits: string) => prefixAndDigits + cifControl(prefixAndDigits).digit;

export interface DemoCaSpec {
  id: string;
  parent?: string;
  subject: NameAttribute[];
  /** In trust-bundle.pem (the unknown CA is not). */
  trusted: boolean;
}

const ca = (o: string, ou: string | undefined, cn: string, extra: NameAttribute[] = []): NameAttribute[] => [
  [OID.country, 'ES'],
  ...extra,
  [OID.organization, o],
  ...(ou ? [[OID.organizationalUnit, ou] as const] : []),
  [OID.commonName, cn],
];

const FNMT = 'FNMT-RCM (DEMO Sede)';
const DGP = 'DIRECCION GENERAL DE LA POLICIA (DEMO Sede)';
const IZENPE = 'IZENPE S.A. (DEMO Sede)';
const ACCV = 'ACCV (DEMO Sede)';
const CAMERFIRMA = 'AC Camerfirma S.A. (DEMO Sede)';
const UNKNOWN = 'Autoridad no reconocida (DEMO Sede)';

export const DEMO_CAS: DemoCaSpec[] = [
  { id: 'fnmt-raiz', subject: ca(FNMT, 'AC RAIZ FNMT-RCM', 'AC RAIZ FNMT-RCM DEMO'), trusted: true },
  { id: 'fnmt-usuarios', parent: 'fnmt-raiz', subject: ca(FNMT, 'Ceres', 'AC FNMT Usuarios DEMO'), trusted: true },
  { id: 'fnmt-representacion', parent: 'fnmt-raiz', subject: ca(FNMT, 'Ceres', 'AC Representación DEMO'), trusted: true },
  {
    id: 'fnmt-sector-publico',
    parent: 'fnmt-raiz',
    subject: ca(FNMT, 'Ceres', 'AC Sector Público DEMO', [[OID.organizationIdentifier, 'VATES-Q2826004J']]),
    trusted: true,
  },
  { id: 'dnie-raiz', subject: ca(DGP, 'DNIE', 'AC RAIZ DNIE 2 DEMO'), trusted: true },
  { id: 'dnie-004', parent: 'dnie-raiz', subject: ca(DGP, 'DNIE', 'AC DNIE 004 DEMO'), trusted: true },
  { id: 'izenpe-raiz', subject: ca(IZENPE, undefined, 'Izenpe.com DEMO'), trusted: true },
  { id: 'izenpe-ciudadanos', parent: 'izenpe-raiz', subject: ca(IZENPE, 'Herritar eta Erakundeen CA', 'CA de Ciudadanos y Entidades (4) DEMO'), trusted: true },
  { id: 'accv-raiz', subject: ca(ACCV, 'PKIACCV', 'ACCVRAIZ1 DEMO'), trusted: true },
  { id: 'accv-120', parent: 'accv-raiz', subject: ca(ACCV, 'PKIACCV', 'ACCVCA-120 DEMO'), trusted: true },
  { id: 'camerfirma-raiz', subject: ca(CAMERFIRMA, undefined, 'Chambers of Commerce Root - 2008 DEMO'), trusted: true },
  { id: 'camerfirma-personas', parent: 'camerfirma-raiz', subject: ca(CAMERFIRMA, undefined, 'AC Camerfirma Personas Físicas DEMO'), trusted: true },
  { id: 'desconocida-raiz', subject: ca(UNKNOWN, undefined, 'Raíz Desconocida DEMO'), trusted: false },
  { id: 'desconocida', parent: 'desconocida-raiz', subject: ca(UNKNOWN, undefined, 'AC Desconocida DEMO'), trusted: false },
];

/** How the login must treat the certificate. */
export type DemoStatus = 'valid' | 'expired' | 'notYetValid' | 'revoked' | 'noClientAuth' | 'untrusted' | 'seal';

export interface ExpectedIdentity {
  kind: CertificateKind;
  nif: string;
  givenName: string;
  surname1: string;
  surname2?: string;
  profile: IssuerProfile;
  levelOfAssurance: LevelOfAssurance;
  company?: { cif: string; name: string };
  organisation?: { name: string; cif?: string };
}

export interface DemoCertificateSpec {
  id: string;
  description: string;
  ca: string;
  status: DemoStatus;
  person?: DemoPerson;
  profile: DemoProfile;
  qualified: boolean;
  /** Ayuntamiento slug, for employees and the seal. */
  tenant?: string;
  /** What server/identity must read from it; an error code for the seal. */
  expected: ExpectedIdentity | { error: string };
}

const person = (givenName: string, surname1: string, surname2: string | undefined, nif: string, email: string): DemoPerson => ({
  givenName,
  surname1,
  ...(surname2 ? { surname2 } : {}),
  nif,
  email: `${email}@demo.sede.localhost`,
});

const expectPerson = (p: DemoPerson, profile: IssuerProfile, levelOfAssurance: LevelOfAssurance, more: Partial<ExpectedIdentity> = {}): ExpectedIdentity => ({
  kind: 'person',
  nif: p.nif,
  givenName: p.givenName,
  surname1: p.surname1,
  ...(p.surname2 ? { surname2: p.surname2 } : {}),
  profile,
  levelOfAssurance,
  ...more,
});

/** The five demo ayuntamientos (DEMO-TOWNS.md; the CIFs of three are pattern candidates). */
export const DEMO_TOWNS = [
  { slug: 'calamonte', name: 'Ayuntamiento de Calamonte', cif: 'P0602500A', dir3: 'L01060251' },
  { slug: 'cartagena', name: 'Ayuntamiento de Cartagena', cif: 'P3001600J', dir3: 'L01300161' },
  { slug: 'ssreyes', name: 'Ayuntamiento de San Sebastián de los Reyes', cif: 'P2813400E', dir3: 'L01281343' },
  { slug: 'legazpi', name: 'Legazpiko Udala', cif: 'P2005100I', dir3: 'L01200512' },
  { slug: 'sonservera', name: 'Ajuntament de Son Servera', cif: 'P0706200C', dir3: 'L01070624' },
] as const;

const EMPLOYEES: Record<(typeof DEMO_TOWNS)[number]['slug'], DemoPerson> = {
  calamonte: person('ANTONIO', 'RODRÍGUEZ', 'CABALLERO', dni('50100001'), 'antonio.rodriguez'),
  cartagena: person('CARMEN', 'SÁNCHEZ', 'MOLINA', dni('50100002'), 'carmen.sanchez'),
  ssreyes: person('PABLO', 'FERNÁNDEZ', 'GIL', dni('50100003'), 'pablo.fernandez'),
  legazpi: person('NEREA', 'URIBE', 'ARRIETA', dni('50100004'), 'nerea.uribe'),
  sonservera: person('MARGALIDA', 'SERRA', 'FONT', dni('50100005'), 'margalida.serra'),
};

const company = { name: 'TALLERES EJEMPLO DEMO, S.L.', cif: cifWithDigit('B9900001') };

const P = {
  maria: person('MARÍA JOSÉ', 'NÚÑEZ', 'PEÑA', dni('50000001'), 'maria.nunez'),
  juanCarlos: person('JUAN CARLOS', 'GARCÍA DE LA FUENTE', 'LÓPEZ', dni('50000002'), 'juancarlos.garcia'),
  ander: person('ANDER', 'ETXEBERRIA', 'GOIKOETXEA', dni('50000003'), 'ander.etxeberria'),
  laura: person('LAURA', 'MARTÍN', 'SOLER', dni('50000004'), 'laura.martin'),
  pedro: person('PEDRO', 'ALONSO', 'RUIZ', dni('50000005'), 'pedro.alonso'),
  elena: person('ELENA', 'TORRES', 'VIDAL', dni('50000006'), 'elena.torres'),
  javier: person('JAVIER', 'MORENO', 'DÍAZ', dni('50000007'), 'javier.moreno'),
  amina: person('AMINA', 'EL IDRISSI', undefined, nie('X', '5000008'), 'amina.elidrissi'),
  miren: person('MIREN', 'ARANBURU', 'ZUBIZARRETA', dni('50000009'), 'miren.aranburu'),
  vicent: person('VICENT', 'ESTELLÉS', 'FERRANDIS', dni('05000010'), 'vicent.estelles'),
  lucia: person('LUCÍA', 'DEL RÍO', 'SANTOS', nie('Y', '5000011'), 'lucia.delrio'),
  sergio: person('SERGIO', 'NAVARRO', 'PASCUAL', dni('50000012'), 'sergio.navarro'),
};

const fnmtNew: DemoProfile = { type: 'fnmt', layout: 'idces' };

export const DEMO_CERTIFICATES: DemoCertificateSpec[] = [
  { id: 'ciudadana-fnmt', description: 'Ciudadana, FNMT persona física (serialNumber IDCES-)', ca: 'fnmt-usuarios', status: 'valid', person: P.maria, profile: fnmtNew, qualified: true, expected: expectPerson(P.maria, 'fnmt', 'alto') },
  { id: 'ciudadano-fnmt-antiguo', description: 'Ciudadano, FNMT persona física, formato antiguo (serialNumber sin prefijo)', ca: 'fnmt-usuarios', status: 'valid', person: P.juanCarlos, profile: { type: 'fnmt', layout: 'old' }, qualified: true, expected: expectPerson(P.juanCarlos, 'fnmt', 'alto') },
  { id: 'dnie', description: 'Titular de DNIe (certificado de autenticación)', ca: 'dnie-004', status: 'valid', person: P.ander, profile: { type: 'dnie' }, qualified: false, expected: expectPerson(P.ander, 'dnie', 'alto') },
  { id: 'representante', description: `Representante de ${company.name} (persona jurídica)`, ca: 'fnmt-representacion', status: 'valid', person: P.laura, profile: { type: 'representative', company }, qualified: true, expected: expectPerson(P.laura, 'fnmt', 'alto', { kind: 'representative', company }) },
  ...DEMO_TOWNS.map((town): DemoCertificateSpec => ({
    id: `empleado-${town.slug}`,
    description: `Empleado público de ${town.name}`,
    ca: 'fnmt-sector-publico',
    status: 'valid',
    person: EMPLOYEES[town.slug],
    profile: { type: 'employee', organisation: { name: town.name, cif: town.cif }, unit: 'Secretaría', title: 'Técnico de Administración General' },
    qualified: true,
    tenant: town.slug,
    expected: expectPerson(EMPLOYEES[town.slug], 'age', 'alto', { kind: 'employee', organisation: { name: town.name, cif: town.cif } }),
  })),
  { id: 'ciudadana-izenpe', description: 'Ciudadana, Izenpe (disposición UNCONFIRMED)', ca: 'izenpe-ciudadanos', status: 'valid', person: P.miren, profile: { type: 'etsi' }, qualified: true, expected: expectPerson(P.miren, 'izenpe', 'alto') },
  { id: 'ciudadano-accv', description: 'Ciudadano, ACCV (NIF en UID)', ca: 'accv-120', status: 'valid', person: P.vicent, profile: { type: 'accv' }, qualified: true, expected: expectPerson(P.vicent, 'accv', 'alto') },
  { id: 'ciudadana-camerfirma', description: 'Ciudadana con NIE, Camerfirma, certificado no cualificado (nivel sustancial)', ca: 'camerfirma-personas', status: 'valid', person: P.lucia, profile: { type: 'etsi' }, qualified: false, expected: expectPerson(P.lucia, 'camerfirma', 'sustancial') },
  { id: 'caducado', description: 'Certificado caducado', ca: 'fnmt-usuarios', status: 'expired', person: P.pedro, profile: fnmtNew, qualified: true, expected: expectPerson(P.pedro, 'fnmt', 'alto') },
  { id: 'aun-no-valido', description: 'Certificado todavía no válido (notBefore en el futuro)', ca: 'fnmt-usuarios', status: 'notYetValid', person: P.elena, profile: fnmtNew, qualified: true, expected: expectPerson(P.elena, 'fnmt', 'alto') },
  { id: 'revocado', description: 'Certificado revocado (en la CRL de AC FNMT Usuarios DEMO)', ca: 'fnmt-usuarios', status: 'revoked', person: P.javier, profile: fnmtNew, qualified: true, expected: expectPerson(P.javier, 'fnmt', 'alto') },
  { id: 'sin-clientauth', description: 'Ciudadana con NIE; certificado sin EKU clientAuth', ca: 'fnmt-usuarios', status: 'noClientAuth', person: P.amina, profile: fnmtNew, qualified: true, expected: expectPerson(P.amina, 'fnmt', 'alto') },
  { id: 'ca-desconocida', description: 'Emitido por una CA que no está en trust-bundle.pem', ca: 'desconocida', status: 'untrusted', person: P.sergio, profile: { type: 'etsi' }, qualified: true, expected: expectPerson(P.sergio, 'unknown', 'sustancial') },
  {
    id: 'sello-calamonte',
    description: 'Sello electrónico del Ayuntamiento de Calamonte (no sirve para identificarse)',
    ca: 'fnmt-sector-publico',
    status: 'seal',
    profile: { type: 'seal', organisation: { name: DEMO_TOWNS[0].name, cif: DEMO_TOWNS[0].cif, dir3: DEMO_TOWNS[0].dir3 } },
    qualified: true,
    tenant: 'calamonte',
    expected: { error: 'certificate.sealNotAllowed' },
  },
];
