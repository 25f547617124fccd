/** Public API of the PKI layer. */
export { loadOrCreateDeploymentPki, deploymentPkiPaths, DEMO_ORGANIZATION } from './deployment-pki.ts';
export type { DeploymentPki, DeploymentPkiPaths, DeploymentPkiOptions, ServerCredentials } from './deployment-pki.ts';
export { issueSealCertificate, SEAL_VALIDITY_DAYS } from './seal-certificate.ts';
export type { SealRequest, IssuedSeal, SealIssuer } from './seal-certificate.ts';
export { readPkcs12, repackPkcs12, writePkcs12 } from './pkcs12.ts';
export type { SealCredentials, CertificateSubject, WritePkcs12Options } from './pkcs12.ts';
export { Pkcs12Error } from './pki.errors.ts';
export type { Pkcs12ErrorCode } from './pki.errors.ts';
export type { CertificateAuthority } from './certificate-authority.ts';
export { generateDemoCitizenPki, demoCitizenPkiPaths, readDemoCertificate, DEMO_P12_PASSWORD, DEMO_TOWNS } from './demo-citizens.ts';
export type {
  DemoCitizenPki,
  DemoCitizenPkiPaths,
  DemoCitizenManifest,
  DemoCertificateEntry,
  DemoCaEntry,
  DemoCitizenOptions,
  DemoStatus,
  ExpectedIdentity,
} from './demo-citizens.ts';
export { demoCertificateLoginTlsOptions, secureContextOf } from './tls-options.ts';
export type { CertificateLoginTlsOptions } from './tls-options.ts';
