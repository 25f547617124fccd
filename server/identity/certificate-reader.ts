/**
 * Reads the identity in a citizen's client certificate (LEGAL.md §7): NIF, name and surnames,
 * whether it is a company representative or a public employee, the issuer family and the
 * level of assurance. Pure: no I/O, no trust decisions (the TLS listener checks the chain,
 * validity and revocation before calling this).
 *
 * Profiles:
 * - FNMT persona física: serialNumber "12345678Z" (until ~2019) or "IDCES-12345678Z";
 *   SAN directoryName 1.3.6.1.4.1.5734.1.{1 nombre, 2 apellido1, 3 apellido2, 4 NIF}.
 * - DNIe: CN "APE1 APE2, NOMBRE (AUTENTICACIÓN)", SN = first surname only.
 * - Representante (FNMT/AGE): organizationIdentifier "VATES-<CIF>", CN "... (R: <CIF>)", O = entity;
 *   FNMT SAN .1.6 razón social, .1.7 CIF.
 * - AGE empleado público: SAN directoryName 2.16.724.1.3.5.7.1.{2 O, 3 CIF, 4 NIF, 6, 7, 8 names}.
 * - ACCV: NIF in UID; SAN directoryName CN "NOMBRE|APELLIDO1|APELLIDO2" (from a parser,
 *   UNCONFIRMED against a real certificate, including the order of the parts).
 * - Izenpe, Camerfirma: ETSI EN 319 412-2 natural-person layout assumed (serialNumber
 *   IDCES-, GN, SN "APE1 APE2"): UNCONFIRMED.
 * - Seal certificates (sello de órgano / de entidad) are refused: a seal is not a person.
 */
import crypto from 'node:crypto';
import { x509 } from '../pki/x509.ts';
import { AGE_EMPLOYEE_SAN, AGE_EMPLOYEE_SAN_PREFIX, AGE_SEAL_SAN_PREFIX, FNMT_SAN, OID, POLICY } from '../pki/oids.ts';
import { qcStatementIds, readSubjectAltNames } from '../pki/extensions.ts';
import { isValidCif } from '../codes/cif.ts';
import { normalizeNif, personalNifKind } from '../codes/nif.ts';
import { parseCertificateInput, type CertificateInput } from './certificate-input.ts';
import { CertificateReadError } from './identity.errors.ts';
import { fold, issuerProfile } from './issuer-profile.ts';
import { levelOfAssurance } from './level-of-assurance.ts';
import { parseDnieCommonName, splitSurnames, splitWithFirstSurname } from './person-name.ts';
import type { CertificateIdentity, IssuerProfile } from './types.ts';

export type { CertificateInput, PeerCertificateLike } from './certificate-input.ts';

/** The attributes of a certificate we look at, gathered once. */
interface Fields {
  subject: (oid: string) => string | undefined;
  /** First value of an attribute in any SAN directoryName. */
  san: (oid: string) => string | undefined;
  sanOids: string[];
  sanCommonNames: string[];
  policies: string[];
  qc: string[];
}

function gather(cert: x509.X509Certificate): Fields {
  const first = (name: x509.Name, oid: string) => name.getField(oid)[0]?.trim() || undefined;
  const { directoryNames } = readSubjectAltNames(cert);
  const sanOids = directoryNames.flatMap((n) => n.toJSON().flatMap((rdn) => Object.keys(rdn)));
  const policyExt = cert.getExtension(x509.CertificatePolicyExtension);
  return {
    subject: (oid) => first(cert.subjectName, oid),
    san: (oid) => directoryNames.map((n) => first(n, oid)).find((v) => v !== undefined),
    sanOids,
    sanCommonNames: directoryNames.flatMap((n) => n.getField(OID.commonName)),
    policies: policyExt ? [...policyExt.policies] : [],
    qc: qcStatementIds(cert),
  };
}

/** Strips ETSI's semantics identifier: "IDCES-12345678Z" → ES national id. */
function parseSerialNumber(value: string): { kind: 'idc' | 'passport' | 'plain' | 'other'; country?: string; id: string } {
  const m = /^(IDC|PAS|TIN|VAT|NTR|LEI)([A-Z]{2})[-:](.+)$/.exec(value.trim().toUpperCase());
  if (!m) return { kind: 'plain', id: value.trim() };
  if (m[1] === 'IDC') return { kind: 'idc', country: m[2]!, id: m[3]! };
  if (m[1] === 'PAS') return { kind: 'passport', country: m[2]!, id: m[3]! };
  return { kind: 'other', country: m[2]!, id: m[3]! };
}

const stripVat = (value: string): string => value.trim().toUpperCase().replace(/^VAT[A-Z]{2}-/, '');

function isSeal(f: Fields): boolean {
  if (f.sanOids.some((oid) => oid.startsWith(AGE_SEAL_SAN_PREFIX))) return true;
  if (f.policies.some((p) => p.startsWith(POLICY.ageSealPrefix))) return true;
  if (f.qc.includes(OID.qcTypeEseal)) return true;
  const cn = fold(f.subject(OID.commonName) ?? '');
  if (/^SELLO\b|\bSELLO (ELECTRONICO|DE ORGANO)\b/.test(cn)) return true;
  // A legal person as the subject and no natural person in it: a seal of some other profile.
  const noPerson = !f.subject(OID.givenName) && !f.subject(OID.surname) && !f.san(FNMT_SAN.nif) && !f.san(AGE_EMPLOYEE_SAN.nif);
  const sn = f.subject(OID.serialNumber);
  return noPerson && (!!f.subject(OID.organizationIdentifier) || (sn !== undefined && isValidCif(stripVat(sn))));
}

/** NIF: serialNumber (without IDCES-) → FNMT SAN → AGE SAN → UID → a NIF in the CN. */
function findNif(f: Fields): string {
  const candidates: string[] = [];
  const sn = f.subject(OID.serialNumber);
  if (sn) {
    const parsed = parseSerialNumber(sn);
    if (parsed.kind === 'plain' || (parsed.kind === 'idc' && parsed.country === 'ES')) candidates.push(parsed.id);
  }
  for (const v of [f.san(FNMT_SAN.nif), f.san(AGE_EMPLOYEE_SAN.nif), f.subject(OID.uid)]) if (v) candidates.push(v);
  const cn = f.subject(OID.commonName) ?? '';
  for (const m of cn.toUpperCase().matchAll(/(?:^|[^A-Z0-9])([XYZKLM]?\d{7,8}[A-Z])(?![A-Z0-9])/g)) candidates.push(m[1]!);

  const valid = candidates.map(normalizeNif).find((c) => personalNifKind(c) !== undefined);
  if (valid) return valid;
  const looksLikeNif = candidates.some((c) => /^[XYZKLM]?\d{7,8}[A-Z]$/.test(normalizeNif(c)));
  throw new CertificateReadError(looksLikeNif ? 'certificate.invalidNif' : 'certificate.noNif');
}

function findName(f: Fields, profile: IssuerProfile): { givenName: string; surname1: string; surname2?: string } {
  const parts = (given?: string, s1?: string, s2?: string) =>
    given && s1 ? { givenName: given, surname1: s1, ...(s2 ? { surname2: s2 } : {}) } : undefined;

  const found =
    parts(f.san(AGE_EMPLOYEE_SAN.givenName), f.san(AGE_EMPLOYEE_SAN.surname1), f.san(AGE_EMPLOYEE_SAN.surname2)) ??
    parts(f.san(FNMT_SAN.givenName), f.san(FNMT_SAN.surname1), f.san(FNMT_SAN.surname2)) ??
    // ACCV: "NOMBRE|APELLIDO1|APELLIDO2" in a SAN directoryName CN (UNCONFIRMED).
    f.sanCommonNames.map((cn) => cn.split('|').map((s) => s.trim())).filter((p) => p.length >= 2).map(([g, s1, s2]) => parts(g, s1, s2))[0];
  if (found) return found;

  const given = f.subject(OID.givenName);
  const sn = f.subject(OID.surname);
  if (profile === 'dnie') {
    const dnie = parseDnieCommonName(f.subject(OID.commonName) ?? '');
    if (dnie) return { givenName: given ?? dnie.givenName, ...splitWithFirstSurname(dnie.surnames, sn ?? '') };
  }
  if (given && sn) return { givenName: given, ...splitSurnames(sn) };
  throw new CertificateReadError('certificate.noName');
}

/** Representatives: the CIF and name of the legal person, or undefined for other certificates. */
function findCompany(f: Fields): { cif: string; name: string } | undefined {
  const oi = f.subject(OID.organizationIdentifier);
  const cn = f.subject(OID.commonName) ?? '';
  const fromCn = /\(R:\s*([A-Z0-9]+)\s*\)/i.exec(cn)?.[1];
  const sanCif = f.san(FNMT_SAN.companyCif);
  if (!oi && !fromCn && !sanCif) return undefined;
  const cif = (sanCif ?? (oi ? stripVat(oi) : undefined) ?? fromCn!).toUpperCase();
  const spanish = !oi || /^VATES-/i.test(oi);
  if (spanish && !isValidCif(cif)) throw new CertificateReadError('certificate.invalidCif');
  return { cif, name: f.san(FNMT_SAN.companyName) ?? f.subject(OID.organization) ?? '' };
}

function findOrganisation(f: Fields): { name: string; cif?: string } | undefined {
  const isEmployee =
    f.sanOids.some((oid) => oid.startsWith(AGE_EMPLOYEE_SAN_PREFIX)) || f.policies.some((p) => p.startsWith(POLICY.ageEmployeePrefix));
  if (!isEmployee) return undefined;
  const name = f.san(AGE_EMPLOYEE_SAN.organisationName) ?? f.subject(OID.organization) ?? '';
  const oi = f.subject(OID.organizationIdentifier);
  const cif = (f.san(AGE_EMPLOYEE_SAN.organisationCif) ?? (oi ? stripVat(oi) : undefined))?.toUpperCase();
  return cif ? { name, cif } : { name };
}

/**
 * Reads a client certificate. Throws CertificateReadError (code certificate.missing,
 * .malformed, .sealNotAllowed, .noNif, .invalidNif, .invalidCif, .noName).
 */
export function readCertificateIdentity(input: CertificateInput | null | undefined): CertificateIdentity {
  const { der, certificate, node } = parseCertificateInput(input);
  let f: Fields;
  try {
    f = gather(certificate);
  } catch (err) {
    throw new CertificateReadError('certificate.malformed', err);
  }
  if (isSeal(f)) throw new CertificateReadError('certificate.sealNotAllowed');

  const profile = issuerProfile(certificate.issuerName);
  const nif = findNif(f);
  const name = findName(f, profile);
  const organisation = findOrganisation(f);
  const company = organisation ? undefined : findCompany(f);

  return {
    kind: organisation ? 'employee' : company ? 'representative' : 'person',
    nif,
    ...name,
    fullName: [name.givenName, name.surname1, name.surname2].filter(Boolean).join(' '),
    ...(company ? { company } : {}),
    ...(organisation ? { organisation } : {}),
    issuer: { commonName: certificate.issuerName.getField(OID.commonName)[0] ?? '', profile },
    serialNumber: node.serialNumber.toLowerCase(),
    levelOfAssurance: levelOfAssurance(profile, f.qc),
    fingerprintSha256: crypto.createHash('sha256').update(der).digest('hex'),
  };
}
