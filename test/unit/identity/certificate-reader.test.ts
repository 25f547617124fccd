import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readCertificateIdentity } from '../../../server/identity/certificate-reader.ts';
import { CertificateReadError } from '../../../server/identity/identity.errors.ts';
import { issuerProfile } from '../../../server/identity/issuer-profile.ts';
import { parseDnieCommonName, splitSurnames, splitWithFirstSurname } from '../../../server/identity/person-name.ts';
import { generateDemoCitizenPki, type DemoCitizenPki } from '../../../server/pki/demo-citizens.ts';
import { createRootCa, issueCertificate, type CertificateAuthority } from '../../../server/pki/certificate-authority.ts';
import { buildName, subjectAltNameExtension, type NameAttribute } from '../../../server/pki/extensions.ts';
import { generateRsaKeyPair } from '../../../server/pki/keys.ts';
import { FNMT_SAN, OID } from '../../../server/pki/oids.ts';
import { x509 } from '../../../server/pki/x509.ts';

let base: string;
let demo: DemoCitizenPki;
let adHocCa: CertificateAuthority;

beforeAll(async () => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'sede-reader-'));
  const now = Date.now();
  [demo, { ca: adHocCa }] = await Promise.all([
    generateDemoCitizenPki(base),
    createRootCa({
      subject: [[OID.country, 'ES'], [OID.organization, 'FNMT-RCM (DEMO test)'], [OID.commonName, 'AC FNMT Usuarios TEST']],
      notBefore: new Date(now - 86_400_000),
      notAfter: new Date(now + 86_400_000),
      keyBits: 2048,
    }),
  ]);
});
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const pemOf = (id: string) => {
  const entry = demo.manifest.certificates.find((c) => c.id === id)!;
  return fs.readFileSync(path.join(demo.paths.dir, entry.pem), 'utf8');
};

const errorCode = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(CertificateReadError);
    return (err as CertificateReadError).code;
  }
  return undefined;
};

async function adHoc(subject: NameAttribute[], extensions: x509.Extension[] = []): Promise<string> {
  const keys = await generateRsaKeyPair(2048);
  const cert = await issueCertificate(adHocCa, {
    subject,
    publicKey: keys.publicKey,
    notBefore: new Date(Date.now() - 60_000),
    notAfter: new Date(Date.now() + 3_600_000),
    extensions,
  });
  return cert.toString('pem');
}

describe('every demo certificate', () => {
  test('yields the identity, kind and level its manifest announces (the seal is refused)', () => {
    expect(demo.manifest.certificates.length).toBeGreaterThanOrEqual(18);
    for (const c of demo.manifest.certificates) {
      const pem = fs.readFileSync(path.join(demo.paths.dir, c.pem), 'utf8');
      if ('error' in c.expected) {
        expect({ id: c.id, code: errorCode(() => readCertificateIdentity(pem)) }).toEqual({ id: c.id, code: c.expected.error });
        continue;
      }
      const id = readCertificateIdentity(pem);
      const { profile, ...expected } = c.expected;
      expect({ id: c.id, ...id }).toMatchObject({ id: c.id, ...expected, issuer: { profile } });
      expect(id.surname2).toBe(expected.surname2);
      expect(id.fullName).toBe([expected.givenName, expected.surname1, expected.surname2].filter(Boolean).join(' '));
      expect(id.serialNumber).toBe(c.serialNumber);
      if (expected.kind !== 'representative') expect(id.company).toBeUndefined();
      if (expected.kind !== 'employee') expect(id.organisation).toBeUndefined();
    }
  });

  test('spot checks: accents, old FNMT layout, DNIe surnames, NIE, UID, compound surnames', () => {
    expect(readCertificateIdentity(pemOf('ciudadana-fnmt'))).toMatchObject({ givenName: 'MARÍA JOSÉ', surname1: 'NÚÑEZ', surname2: 'PEÑA', levelOfAssurance: 'alto' });
    expect(readCertificateIdentity(pemOf('ciudadano-fnmt-antiguo'))).toMatchObject({ surname1: 'GARCÍA DE LA FUENTE', surname2: 'LÓPEZ' });
    expect(readCertificateIdentity(pemOf('dnie'))).toMatchObject({ surname1: 'ETXEBERRIA', surname2: 'GOIKOETXEA', issuer: { commonName: 'AC DNIE 004 DEMO', profile: 'dnie' } });
    expect(readCertificateIdentity(pemOf('sin-clientauth')).nif).toMatch(/^X\d{7}[A-Z]$/);
    expect(readCertificateIdentity(pemOf('ciudadano-accv')).nif).toMatch(/^0\d{7}[A-Z]$/);
    expect(readCertificateIdentity(pemOf('ciudadana-camerfirma'))).toMatchObject({ surname1: 'DEL RÍO', surname2: 'SANTOS', levelOfAssurance: 'sustancial' });
    expect(readCertificateIdentity(pemOf('representante'))).toMatchObject({ kind: 'representative', company: { name: 'TALLERES EJEMPLO DEMO, S.L.' } });
    expect(readCertificateIdentity(pemOf('empleado-legazpi'))).toMatchObject({ kind: 'employee', organisation: { name: 'Legazpiko Udala', cif: 'P2005100I' } });
  });
});

describe('input forms', () => {
  test('PEM, DER, crypto.X509Certificate, getPeerCertificate() object, URL-encoded and space-folded PEM', () => {
    const pem = pemOf('ciudadana-fnmt');
    const node = new crypto.X509Certificate(pem);
    const expected = readCertificateIdentity(pem);
    expect(readCertificateIdentity(node.raw)).toEqual(expected);
    expect(readCertificateIdentity(node)).toEqual(expected);
    expect(readCertificateIdentity({ raw: node.raw })).toEqual(expected);
    expect(readCertificateIdentity(encodeURIComponent(pem))).toEqual(expected); // nginx $ssl_client_escaped_cert
    expect(readCertificateIdentity(pem.replace(/\n/g, ' '))).toEqual(expected); // Apache, folded
    expect(expected.fingerprintSha256).toBe(node.fingerprint256.replace(/:/g, '').toLowerCase());
  });
});

describe('errors carry a code, never a stack for the user', () => {
  test('no certificate', () => {
    expect(errorCode(() => readCertificateIdentity({}))).toBe('certificate.missing');
    expect(errorCode(() => readCertificateIdentity(undefined))).toBe('certificate.missing');
    expect(errorCode(() => readCertificateIdentity(''))).toBe('certificate.missing');
    expect(errorCode(() => readCertificateIdentity(Buffer.alloc(0)))).toBe('certificate.missing');
  });

  test('malformed input', () => {
    expect(errorCode(() => readCertificateIdentity('hello'))).toBe('certificate.malformed');
    expect(errorCode(() => readCertificateIdentity('-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----'))).toBe('certificate.malformed');
    expect(errorCode(() => readCertificateIdentity(Buffer.from('30820102', 'hex')))).toBe('certificate.malformed');
    expect(errorCode(() => readCertificateIdentity('%E0%A4%A'))).toBe('certificate.malformed');
  });

  test('the seal certificate: 403 with an i18n key', () => {
    try {
      readCertificateIdentity(pemOf('sello-calamonte'));
      throw new Error('not refused');
    } catch (err) {
      expect(err).toMatchObject({ code: 'certificate.sealNotAllowed', status: 403, key: 'errors:certificate.sealNotAllowed' });
    }
  });

  test('a NIF with a wrong letter, no NIF at all, no name, a representative with a bad CIF', async () => {
    const person = (sn: string): NameAttribute[] => [[OID.country, 'ES'], [OID.serialNumber, sn], [OID.surname, 'PRUEBA PRUEBA'], [OID.givenName, 'ANA'], [OID.commonName, 'ANA PRUEBA']];
    expect(errorCode(() => readCertificateIdentity(pemBad))).toBe('certificate.invalidNif');
    const [noNif, noName, badCif, passport, sanOnly] = await Promise.all([
      adHoc([[OID.country, 'ES'], [OID.surname, 'PRUEBA'], [OID.givenName, 'ANA'], [OID.commonName, 'ANA PRUEBA']]),
      adHoc([[OID.country, 'ES'], [OID.serialNumber, 'IDCES-12345678Z'], [OID.commonName, 'ALGUIEN']]),
      adHoc([...person('IDCES-12345678Z'), [OID.organizationIdentifier, 'VATES-B12345670'], [OID.organization, 'MALA SL']]),
      adHoc(person('PASES-AAA123456')),
      adHoc(person('IDCES-NOTANIF'), [subjectAltNameExtension({ directoryName: [[FNMT_SAN.nif, '12345678Z']] })]),
    ]);
    expect(errorCode(() => readCertificateIdentity(noNif))).toBe('certificate.noNif');
    expect(errorCode(() => readCertificateIdentity(noName))).toBe('certificate.noName');
    expect(errorCode(() => readCertificateIdentity(badCif))).toBe('certificate.invalidCif');
    expect(errorCode(() => readCertificateIdentity(passport))).toBe('certificate.noNif');
    // Falls back to the FNMT SAN NIF when serialNumber is not one.
    expect(readCertificateIdentity(sanOnly).nif).toBe('12345678Z');
  });

  let pemBad: string;
  beforeAll(async () => {
    pemBad = await adHoc([[OID.country, 'ES'], [OID.serialNumber, 'IDCES-12345678A'], [OID.surname, 'PRUEBA'], [OID.givenName, 'ANA'], [OID.commonName, 'ANA PRUEBA']]);
  });
});

describe('issuer profiles from real issuer names', () => {
  const name = (attrs: NameAttribute[]) => buildName(attrs);
  test.each([
    [[[OID.country, 'ES'], [OID.organization, 'FNMT-RCM'], [OID.organizationalUnit, 'Ceres'], [OID.commonName, 'AC FNMT Usuarios']], 'fnmt'],
    [[[OID.country, 'ES'], [OID.organization, 'FNMT-RCM'], [OID.organizationalUnit, 'Ceres'], [OID.commonName, 'AC Representación']], 'fnmt'],
    [[[OID.country, 'ES'], [OID.organization, 'FNMT-RCM'], [OID.organizationalUnit, 'CERES'], [OID.commonName, 'AC Sector Público']], 'age'],
    [[[OID.country, 'ES'], [OID.organization, 'FNMT-RCM'], [OID.organizationalUnit, 'CERES'], [OID.commonName, 'AC Administración Pública']], 'age'],
    [[[OID.country, 'ES'], [OID.organization, 'DIRECCION GENERAL DE LA POLICIA'], [OID.organizationalUnit, 'DNIE'], [OID.commonName, 'AC DNIE 004']], 'dnie'],
    [[[OID.country, 'ES'], [OID.organization, 'ACCV'], [OID.organizationalUnit, 'PKIACCV'], [OID.commonName, 'ACCVCA-120']], 'accv'],
    [[[OID.country, 'ES'], [OID.organization, 'IZENPE S.A.'], [OID.commonName, 'CA de Ciudadanos y Entidades (4)']], 'izenpe'],
    [[[OID.country, 'ES'], [OID.organization, 'AC Camerfirma S.A.'], [OID.commonName, 'AC Camerfirma Qualified Certificates - 2016']], 'camerfirma'],
    [[[OID.country, 'FR'], [OID.organization, 'Some CA'], [OID.commonName, 'Some CA']], 'unknown'],
  ] as [NameAttribute[], string][])('%j → %s', (attrs, profile) => expect(issuerProfile(name(attrs))).toBe(profile));
});

describe('name splitting', () => {
  test.each([
    ['GARCÍA LÓPEZ', 'GARCÍA', 'LÓPEZ'],
    ['DEL RÍO SANTOS', 'DEL RÍO', 'SANTOS'],
    ['GARCÍA', 'GARCÍA', undefined],
    ['DE LA FUENTE Y SAN JUAN', 'DE LA FUENTE', 'Y SAN JUAN'],
    ['PÉREZ-LLORCA MARTÍN', 'PÉREZ-LLORCA', 'MARTÍN'],
    ['EL IDRISSI', 'EL IDRISSI', undefined],
  ])('%s', (text, s1, s2) => expect(splitSurnames(text)).toEqual(s2 ? { surname1: s1, surname2: s2 } : { surname1: s1 }));

  test('DNIe CN and SN', () => {
    expect(parseDnieCommonName('ESPAÑOL ESPAÑOL, JUAN (AUTENTICACIÓN)')).toEqual({ surnames: 'ESPAÑOL ESPAÑOL', givenName: 'JUAN' });
    expect(parseDnieCommonName('DE LA FUENTE GARCÍA, MARÍA (FIRMA)')).toEqual({ surnames: 'DE LA FUENTE GARCÍA', givenName: 'MARÍA' });
    expect(parseDnieCommonName('NOMBRE APELLIDOS')).toBeUndefined();
    expect(splitWithFirstSurname('DE LA FUENTE GARCÍA', 'DE LA FUENTE')).toEqual({ surname1: 'DE LA FUENTE', surname2: 'GARCÍA' });
  });
});
