/**
 * Demo PKI for citizens: CAs that imitate each Spanish issuer's names, a current CRL for
 * every CA (roots included: with CRL checking on, each CA of a chain needs one), and
 * ready-to-import PKCS#12 files (password "demo") for every login case. Lives in
 * `<dir>/citizens/`; reused while it still serves its purpose, regenerated otherwise or with
 * `force`.
 */
import path from 'node:path';
import { x509 } from './x509.ts';
import {
  backdated,
  createCrl,
  createRootCa,
  createSubordinateCa,
  crlIsCurrent,
  daysFrom,
  issueCertificate,
  loadCertificateAuthority,
  refreshCrl,
  type CertificateAuthority,
} from './certificate-authority.ts';
import { generateRsaKeyPair } from './keys.ts';
import { writePkcs12 } from './pkcs12.ts';
import { publishFolder, readText, replaceFile, type FileSet } from './files.ts';
import { profileContents } from './demo-citizen-profiles.ts';
import {
  DEMO_CAS,
  DEMO_CERTIFICATES,
  DEMO_P12_PASSWORD,
  type DemoCertificateSpec,
  type DemoStatus,
  type ExpectedIdentity,
} from './demo-citizen-data.ts';

export { DEMO_P12_PASSWORD, DEMO_TOWNS } from './demo-citizen-data.ts';
export type { DemoStatus, ExpectedIdentity } from './demo-citizen-data.ts';

const MANIFEST_VERSION = 1;

export interface DemoCitizenPkiPaths {
  dir: string;
  manifest: string;
  readme: string;
  /** Certificates of the trusted demo CAs (roots and intermediates): TLS `ca`. */
  trustBundle: string;
  /** CRLs of the trusted demo CAs: TLS `crl`. */
  crlBundle: string;
  caDir: string;
  certsDir: string;
}

export function demoCitizenPkiPaths(baseDir: string): DemoCitizenPkiPaths {
  const dir = path.join(baseDir, 'citizens');
  return {
    dir,
    manifest: path.join(dir, 'manifest.json'),
    readme: path.join(dir, 'README.txt'),
    trustBundle: path.join(dir, 'trust-bundle.pem'),
    crlBundle: path.join(dir, 'crl-bundle.pem'),
    caDir: path.join(dir, 'ca'),
    certsDir: path.join(dir, 'certs'),
  };
}

export interface DemoCaEntry {
  id: string;
  name: string;
  trusted: boolean;
  /** Paths relative to the citizens folder. */
  certificate: string;
  key: string;
  crl: string;
}

export interface DemoCertificateEntry {
  id: string;
  description: string;
  status: DemoStatus;
  ca: string;
  tenant?: string;
  /** Relative to the citizens folder. */
  p12: string;
  pem: string;
  serialNumber: string;
  notBefore: string;
  notAfter: string;
  expected: ExpectedIdentity | { error: string };
}

export interface DemoCitizenManifest {
  version: number;
  createdAt: string;
  password: string;
  cas: DemoCaEntry[];
  certificates: DemoCertificateEntry[];
}

export interface DemoCitizenPki {
  paths: DemoCitizenPkiPaths;
  manifest: DemoCitizenManifest;
  /** False when an existing folder was reused. */
  created: boolean;
  trustBundlePem: string;
  crlPems: string[];
}

export interface DemoCitizenOptions {
  /** Regenerate even if a usable folder exists. */
  force?: boolean;
}

const caFiles = (id: string) => ({ certificate: `ca/${id}.pem`, key: `ca/${id}.key.pem`, crl: `ca/${id}.crl.pem` });

function validity(status: DemoStatus, now: Date): { notBefore: Date; notAfter: Date } {
  if (status === 'expired') return { notBefore: daysFrom(now, -730), notAfter: daysFrom(now, -30) };
  // Stays "not yet valid" for two years, so a reused folder keeps its meaning.
  if (status === 'notYetValid') return { notBefore: daysFrom(now, 730), notAfter: daysFrom(now, 4 * 365) };
  const notBefore = backdated(now);
  return { notBefore, notAfter: daysFrom(notBefore, 4 * 365) };
}

async function build(paths: DemoCitizenPkiPaths, replace: boolean): Promise<void> {
  const now = new Date();
  const cas = new Map<string, CertificateAuthority>();
  const files: FileSet = {};
  const caEntries: DemoCaEntry[] = [];
  // CAs start five years back so the expired certificate sits inside its CA's validity.
  const caValidity = { notBefore: daysFrom(now, -5 * 365), notAfter: daysFrom(now, 15 * 365), keyBits: 2048 as const };

  for (const level of [DEMO_CAS.filter((c) => !c.parent), DEMO_CAS.filter((c) => c.parent)]) {
    await Promise.all(
      level.map(async (spec) => {
        const made = spec.parent
          ? await createSubordinateCa(cas.get(spec.parent)!, { subject: spec.subject, ...caValidity, pathLength: 0 })
          : await createRootCa({ subject: spec.subject, ...caValidity, pathLength: 1 });
        cas.set(spec.id, made.ca);
        const f = caFiles(spec.id);
        files[f.certificate] = made.ca.certificatePem;
        files[f.key] = made.keyPem;
        caEntries.push({ id: spec.id, name: made.ca.certificate.subject, trusted: spec.trusted, ...f });
      }),
    );
  }
  caEntries.sort((a, b) => DEMO_CAS.findIndex((c) => c.id === a.id) - DEMO_CAS.findIndex((c) => c.id === b.id));

  const entries = await Promise.all(DEMO_CERTIFICATES.map((spec) => issueDemoCertificate(spec, cas.get(spec.ca)!, now, files)));

  for (const spec of DEMO_CAS) {
    const revoked = entries
      .filter((e) => e.status === 'revoked' && e.ca === spec.id)
      .map((e) => ({ serialNumber: e.serialNumber, revocationDate: daysFrom(now, -1) }));
    files[caFiles(spec.id).crl] = await createCrl(cas.get(spec.id)!, { revoked });
  }
  const trusted = caEntries.filter((c) => c.trusted);
  files['trust-bundle.pem'] = trusted.map((c) => files[c.certificate] as string).join('\n');
  files['crl-bundle.pem'] = trusted.map((c) => files[c.crl] as string).join('');

  const manifest: DemoCitizenManifest = {
    version: MANIFEST_VERSION,
    createdAt: now.toISOString(),
    password: DEMO_P12_PASSWORD,
    cas: caEntries,
    certificates: entries,
  };
  files['manifest.json'] = JSON.stringify(manifest, null, 2) + '\n';
  files['README.txt'] = readme(manifest);
  await publishFolder(paths.dir, files, { replace });
}

async function issueDemoCertificate(spec: DemoCertificateSpec, ca: CertificateAuthority, now: Date, files: FileSet): Promise<DemoCertificateEntry> {
  const keys = await generateRsaKeyPair(2048);
  const { notBefore, notAfter } = validity(spec.status, now);
  const { subject, extensions } = profileContents(spec.person, spec.profile, {
    qualified: spec.qualified,
    clientAuth: spec.status !== 'noClientAuth',
  });
  const cert = await issueCertificate(ca, { subject, publicKey: keys.publicKey, notBefore, notAfter, extensions });
  const pem = cert.toString('pem');
  const label = spec.person ? `${spec.person.givenName} ${spec.person.surname1} (DEMO ${spec.id})` : `${spec.description} (DEMO)`;
  const p12 = `certs/${spec.id}.p12`;
  const pemFile = `certs/${spec.id}.pem`;
  files[p12] = writePkcs12(keys.privateKeyPem, [pem, ca.certificatePem], DEMO_P12_PASSWORD, { friendlyName: label });
  files[pemFile] = pem;
  return {
    id: spec.id,
    description: spec.description,
    status: spec.status,
    ca: spec.ca,
    ...(spec.tenant ? { tenant: spec.tenant } : {}),
    p12,
    pem: pemFile,
    serialNumber: cert.serialNumber.toLowerCase(),
    notBefore: notBefore.toISOString(),
    notAfter: notAfter.toISOString(),
    expected: spec.expected,
  };
}

function readme(m: DemoCitizenManifest): string {
  const rows = m.certificates.map((c) => {
    const who = 'nif' in c.expected ? `${c.expected.givenName} ${c.expected.surname1}${c.expected.surname2 ? ' ' + c.expected.surname2 : ''}, NIF ${c.expected.nif}` : c.expected.error;
    return `  ${c.p12.padEnd(34)} ${c.status.padEnd(12)} ${c.description}\n  ${''.padEnd(34)} ${''.padEnd(12)} ${who}`;
  });
  return `DEMO certificates for the Sede - invented people, NOT real certification authorities.

Password of every .p12 file: ${m.password}

Import a .p12 in the browser (or Playwright clientCertificates) to log in on the HTTPS
certificate listener. The listener trusts trust-bundle.pem (all demo CAs except the
"desconocida" ones) and checks crl-bundle.pem (one CRL per trusted CA, roots included).

Certificates (status = what the login must do with it):
${rows.join('\n')}

ca/       CA certificates, keys and CRLs      certs/  .p12 (key + chain) and .pem (leaf only)
manifest.json  the same list, machine-readable, with the identity the reader must extract

Created ${m.createdAt} by "sede certs demo" (use --force to regenerate).
`;
}

async function load(paths: DemoCitizenPkiPaths): Promise<DemoCitizenManifest | undefined> {
  const text = await readText(paths.manifest);
  if (!text) return undefined;
  let manifest: DemoCitizenManifest;
  try {
    manifest = JSON.parse(text) as DemoCitizenManifest;
  } catch {
    return undefined;
  }
  if (manifest.version !== MANIFEST_VERSION || manifest.certificates.length !== DEMO_CERTIFICATES.length) return undefined;
  const soon = daysFrom(new Date(), 7).getTime();
  for (const c of manifest.certificates) {
    // Each certificate must still be what its status says for at least a week.
    if (c.status !== 'expired' && c.status !== 'notYetValid' && Date.parse(c.notAfter) < soon) return undefined;
    if (c.status === 'notYetValid' && Date.parse(c.notBefore) < soon) return undefined;
    if ((await readText(path.join(paths.dir, c.pem))) === undefined) return undefined;
  }
  return manifest;
}

/** Re-signs CRLs that are close to their nextUpdate, keeping their entries. */
async function refreshCrls(paths: DemoCitizenPkiPaths, manifest: DemoCitizenManifest): Promise<void> {
  let changed = false;
  for (const entry of manifest.cas) {
    const crlFile = path.join(paths.dir, entry.crl);
    const current = await readText(crlFile);
    if (current && crlIsCurrent(current)) continue;
    const ca = loadCertificateAuthority((await readText(path.join(paths.dir, entry.certificate)))!, (await readText(path.join(paths.dir, entry.key)))!);
    await replaceFile(crlFile, await refreshCrl(ca, current));
    changed = true;
  }
  if (changed) {
    const crls = await Promise.all(manifest.cas.filter((c) => c.trusted).map((c) => readText(path.join(paths.dir, c.crl))));
    await replaceFile(paths.crlBundle, crls.join(''));
  }
}

/**
 * Creates (or reuses) the demo citizen PKI under `<baseDir>/citizens/`. Reuse requires the
 * same manifest version, every certificate still in its intended state for a week, and the
 * files present; CRLs near expiry are re-signed in place.
 */
export async function generateDemoCitizenPki(baseDir: string, opts: DemoCitizenOptions = {}): Promise<DemoCitizenPki> {
  const paths = demoCitizenPkiPaths(baseDir);
  let manifest = opts.force ? undefined : await load(paths);
  let created = false;
  if (manifest) {
    await refreshCrls(paths, manifest);
  } else {
    await build(paths, true);
    created = true;
    manifest = (await load(paths))!;
  }
  const crlPems = await Promise.all(manifest.cas.filter((c) => c.trusted).map(async (c) => (await readText(path.join(paths.dir, c.crl)))!));
  return { paths, manifest, created, trustBundlePem: (await readText(paths.trustBundle))!, crlPems };
}

/** Parses a demo certificate's leaf PEM (for tests and tools). */
export async function readDemoCertificate(pki: DemoCitizenPki, id: string): Promise<{ entry: DemoCertificateEntry; pem: string; certificate: x509.X509Certificate }> {
  const entry = pki.manifest.certificates.find((c) => c.id === id);
  if (!entry) throw new Error(`No demo certificate ${id}`);
  const pem = (await readText(path.join(pki.paths.dir, entry.pem)))!;
  return { entry, pem, certificate: new x509.X509Certificate(pem) };
}
