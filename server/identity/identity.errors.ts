import { AppError } from '../errors/app-error.ts';

/**
 * Why a client certificate cannot be used to log in. Rendered as problem+json with the
 * message under `errors:certificate.<reason>`; never a stack trace.
 */
export type CertificateErrorCode =
  | 'certificate.missing'
  | 'certificate.malformed'
  | 'certificate.sealNotAllowed'
  | 'certificate.noNif'
  | 'certificate.invalidNif'
  | 'certificate.invalidCif'
  | 'certificate.noName';

export class CertificateReadError extends AppError {
  declare readonly code: CertificateErrorCode;

  constructor(code: CertificateErrorCode, cause?: unknown) {
    const reason = code.slice('certificate.'.length);
    super({ status: code === 'certificate.sealNotAllowed' ? 403 : 400, code, key: `errors:certificate.${reason}`, cause });
    this.name = 'CertificateReadError';
  }
}
