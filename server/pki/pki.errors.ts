/** Errors of the PKI layer: small classes with a stable code (STYLE.md #6). */
export type Pkcs12ErrorCode =
  | 'pkcs12.badPassword'
  | 'pkcs12.noKey'
  | 'pkcs12.noCertificate'
  | 'pkcs12.malformed';

export class Pkcs12Error extends Error {
  readonly code: Pkcs12ErrorCode;
  /** A bad upload or password is the client's fault. */
  readonly status = 422;
  readonly i18nKey: string;

  constructor(code: Pkcs12ErrorCode, message: string) {
    super(message);
    this.name = 'Pkcs12Error';
    this.code = code;
    this.i18nKey = `pki.errors.${code.slice('pkcs12.'.length)}`;
  }
}
