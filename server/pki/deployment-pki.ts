/**
 * The deployment's own demo PKI: a root CA, an intermediate "sede y sello" CA that issues the
 * tenants' seal certificates, a TLS certificate for the certificate-login listener, and a
 * current CRL for both CAs. Created once under `<dir>/deployment/`, loaded afterwards.
 */
import path from 'node:path';
import { x509 } from './x509.ts';
import { OID } from './oids.ts';
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
import { subjectAltNameExtension, type NameAttribute } from './extensions.ts';
import { generateRsaKeyPair } from './keys.ts';
import { publishFolder, readText, replaceFile } from './files.ts';

export const DEMO_ORGANIZATION = 'Diputación demo (Sede)';
const DEMO_UNIT = 'DEMO - no es una autoridad de certificación real';

export interface DeploymentPkiPaths {
  dir: string;
  rootCertificate: string;
  rootKey: string;
  rootCrl: string;
  sealCaCertificate: string;
  sealCaKey: string;
  sealCaCrl: string;
  /** Server certificate followed by the intermediate (what TLS `cert` wants). */
  serverCertificate: string;
  serverKey: string;
  /** Root + intermediate, e.g. for NODE_EXTRA_CA_CERTS or an NSS db that checks seals. */
  caBundle: string;
  /** Both CRLs, concatenated. */
  crlBundle: string;
}

export function deploymentPkiPaths(baseDir: string): DeploymentPkiPaths {
  const dir = path.join(baseDir, 'deployment');
  const p = (name: string) => path.join(dir, name);
  return {
    dir,
    rootCertificate: p('root-ca.pem'),
    rootKey: p('root-ca.key.pem'),
    rootCrl: p('root-ca.crl.pem'),
    sealCaCertificate: p('sede-ca.pem'),
    sealCaKey: p('sede-ca.key.pem'),
    sealCaCrl: p('sede-ca.crl.pem'),
    serverCertificate: p('server.pem'),
    serverKey: p('server.key.pem'),
    caBundle: p('ca-bundle.pem'),
    crlBundle: p('crl-bundle.pem'),
  };
}

export interface ServerCredentials {
  /** Leaf + intermediate PEM, ready for `https.createServer({ cert })`. */
  certificatePem: string;
  privateKeyPem: string;
  hostnames: string[];
  notAfter: Date;
}

export interface DeploymentPki {
  paths: DeploymentPkiPaths;
  root: CertificateAuthority;
  /** The intermediate CA that issues seal certificates (and the server certificate). */
  sealCa: CertificateAuthority;
  server: ServerCredentials;
  crls: { root: string; sealCa: string };
  /** [root, intermediate] as PEM. */
  caCertificatesPem: string[];
}

export interface DeploymentPkiOptions {
  /** Default `sede.localhost`: the certificate covers `*.<baseDomain>` and `<baseDomain>`. */
  baseDomain?: string;
}

function serverHostnames(baseDomain: string): { dns: string[]; ips: string[] } {
  return { dns: [`*.${baseDomain}`, baseDomain, 'localhost'], ips: ['127.0.0.1', '::1'] };
}

const caName = (cn: string): NameAttribute[] => [
  [OID.country, 'ES'],
  [OID.organization, DEMO_ORGANIZATION],
  [OID.organizationalUnit, DEMO_UNIT],
  [OID.commonName, cn],
];

async function issueServerCertificate(ca: CertificateAuthority, baseDomain: string): Promise<ServerCredentials> {
  const keys = await generateRsaKeyPair(2048);
  const { dns, ips } = serverHostnames(baseDomain);
  const notBefore = backdated();
  const cert = await issueCertificate(ca, {
    subject: [[OID.country, 'ES'], [OID.organization, DEMO_ORGANIZATION], [OID.commonName, `*.${baseDomain}`]],
    publicKey: keys.publicKey,
    notBefore,
    // 397 days: the longest validity browsers accept for TLS server certificates.
    notAfter: daysFrom(notBefore, 397),
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment, true),
      new x509.ExtendedKeyUsageExtension([OID.serverAuth]),
      subjectAltNameExtension({ dnsNames: dns, ipAddresses: ips }),
    ],
  });
  return {
    certificatePem: cert.toString('pem') + '\n' + ca.certificatePem,
    privateKeyPem: keys.privateKeyPem,
    hostnames: [...dns, ...ips],
    notAfter: cert.notAfter,
  };
}

async function create(paths: DeploymentPkiPaths, baseDomain: string): Promise<void> {
  const now = new Date();
  const notBefore = backdated(now);
  const root = await createRootCa({ subject: caName('Sede DEMO Root CA'), notBefore, notAfter: daysFrom(now, 20 * 365), pathLength: 1 });
  const sealCa = await createSubordinateCa(root.ca, {
    subject: caName('Sede DEMO CA Sede y Sello'),
    notBefore,
    notAfter: daysFrom(now, 10 * 365),
    pathLength: 0,
  });
  const server = await issueServerCertificate(sealCa.ca, baseDomain);
  const [rootCrl, sealCrl] = await Promise.all([createCrl(root.ca), createCrl(sealCa.ca)]);
  const name = (file: string) => path.basename(file);
  await publishFolder(paths.dir, {
    [name(paths.rootCertificate)]: root.ca.certificatePem,
    [name(paths.rootKey)]: root.keyPem,
    [name(paths.rootCrl)]: rootCrl,
    [name(paths.sealCaCertificate)]: sealCa.ca.certificatePem,
    [name(paths.sealCaKey)]: sealCa.keyPem,
    [name(paths.sealCaCrl)]: sealCrl,
    [name(paths.serverCertificate)]: server.certificatePem,
    [name(paths.serverKey)]: server.privateKeyPem,
    [name(paths.caBundle)]: root.ca.certificatePem + '\n' + sealCa.ca.certificatePem,
    [name(paths.crlBundle)]: rootCrl + sealCrl,
    'README.txt': README,
  });
}

const README = `DEMO PKI of this Sede deployment - NOT a real certification authority.

root-ca.pem / root-ca.key.pem / root-ca.crl.pem   Root CA (self-signed), its key and CRL
sede-ca.pem / sede-ca.key.pem / sede-ca.crl.pem   Intermediate CA: seal certificates, TLS server
server.pem / server.key.pem                       TLS certificate (*.sede.localhost, localhost) + chain
ca-bundle.pem                                     Both CA certificates
crl-bundle.pem                                    Both CRLs (PEM "X509 CRL")

Keys are unencrypted: keep this folder private (mode 0700). Created by "sede certs demo".
`;

/**
 * Loads the deployment PKI from `<dir>/deployment/`, creating it on first use. Idempotent and
 * safe when several processes start at once. Refreshes CRLs that are close to expiry and
 * re-issues the server certificate when it is about to expire or misses the base domain.
 */
export async function loadOrCreateDeploymentPki(dir: string, opts: DeploymentPkiOptions = {}): Promise<DeploymentPki> {
  const baseDomain = opts.baseDomain ?? 'sede.localhost';
  const paths = deploymentPkiPaths(dir);
  if ((await readText(paths.serverKey)) === undefined) await create(paths, baseDomain);

  const read = async (file: string): Promise<string> => {
    const text = await readText(file);
    if (text === undefined) throw new Error(`Deployment PKI incomplete: ${file} is missing (delete ${paths.dir} to recreate it)`);
    return text;
  };
  const root = loadCertificateAuthority(await read(paths.rootCertificate), await read(paths.rootKey));
  const sealCa = loadCertificateAuthority(await read(paths.sealCaCertificate), await read(paths.sealCaKey));

  const crls = { root: await read(paths.rootCrl), sealCa: await read(paths.sealCaCrl) };
  let crlsChanged = false;
  if (!crlIsCurrent(crls.root)) ((crls.root = await refreshCrl(root, crls.root)), (crlsChanged = true));
  if (!crlIsCurrent(crls.sealCa)) ((crls.sealCa = await refreshCrl(sealCa, crls.sealCa)), (crlsChanged = true));
  if (crlsChanged) {
    await replaceFile(paths.rootCrl, crls.root);
    await replaceFile(paths.sealCaCrl, crls.sealCa);
    await replaceFile(paths.crlBundle, crls.root + crls.sealCa);
  }

  const serverPem = await read(paths.serverCertificate);
  const serverCert = new x509.X509Certificate(serverPem);
  const san = serverCert.getExtension(x509.SubjectAlternativeNameExtension);
  const covered = san?.names.items.some((n) => n.type === 'dns' && n.value === `*.${baseDomain}`) ?? false;
  let server: ServerCredentials;
  if (!covered || serverCert.notAfter.getTime() < daysFrom(new Date(), 30).getTime()) {
    server = await issueServerCertificate(sealCa, baseDomain);
    await replaceFile(paths.serverKey, server.privateKeyPem);
    await replaceFile(paths.serverCertificate, server.certificatePem);
  } else {
    const { dns, ips } = serverHostnames(baseDomain);
    server = { certificatePem: serverPem, privateKeyPem: await read(paths.serverKey), hostnames: [...dns, ...ips], notAfter: serverCert.notAfter };
  }

  return { paths, root, sealCa, server, crls, caCertificatesPem: [root.certificatePem, sealCa.certificatePem] };
}
