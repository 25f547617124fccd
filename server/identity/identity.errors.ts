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

/** Why the certificate listener refused a certificate (checked in the order of RECIPES). */
export type CertificateRefusal =
  | 'missing'
  | 'untrusted'
  | 'expired'
  | 'notYetValid'
  | 'revoked'
  | 'revocationUnknown'
  | 'noClientAuth'
  | 'invalid';

export class CertificateRefused extends AppError {
  readonly reason: CertificateRefusal;

  constructor(reason: CertificateRefusal, cause?: unknown) {
    super({ status: 401, code: `certificate.${reason}`, key: `errors:certificate.${reason}`, cause });
    this.name = 'CertificateRefused';
    this.reason = reason;
  }
}

/** No session, or not one for this site. */
export class NotAuthenticated extends AppError {
  constructor() {
    super({ status: 401, code: 'session_required', key: 'errors:session.required' });
  }
}

export class Forbidden extends AppError {
  constructor(key = 'errors:session.forbidden', code = 'forbidden') {
    super({ status: 403, code, key });
  }
}

/** The session's level of assurance is below what the route asks. */
export class InsufficientLevel extends AppError {
  constructor(min: string) {
    super({ status: 403, code: 'insufficient_level', key: `errors:session.insufficientLevel.${min}` });
  }
}

export class CsrfRejected extends AppError {
  constructor(reason: 'origin' | 'token') {
    super({ status: 403, code: `csrf_${reason}`, key: `errors:csrf.${reason}` });
  }
}

/** Wrong user name, password or code: one message for all, so nothing is revealed. */
export class LoginFailed extends AppError {
  constructor(key = 'errors:login.failed') {
    super({ status: 401, code: 'login_failed', key });
  }
}

/** Too many failures on an account: locked for a while. */
export class AccountLocked extends AppError {
  readonly retryAfterSeconds: number;

  constructor(key: string, retryAfterSeconds: number) {
    super({ status: 423, code: 'account_locked', key, params: { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) } });
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** Too many requests from one address or to one e-mail address. */
export class Throttled extends AppError {
  readonly retryAfterSeconds: number;

  constructor(key: string, retryAfterSeconds: number) {
    super({ status: 429, code: 'throttled', key, params: { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) } });
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export class TicketRejected extends AppError {
  constructor(reason: 'invalid' | 'state') {
    super({ status: 400, code: `ticket_${reason}`, key: `errors:login.ticket.${reason}` });
  }
}
