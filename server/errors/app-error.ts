/**
 * Errors are small classes with a code, an HTTP status and an i18n key (namespace `errors`).
 * The error middleware renders them as problem+json in the request's language.
 */
export interface FieldError {
  field: string;
  key: string;
  params?: Record<string, unknown>;
}

export class AppError extends Error {
  readonly status: number;
  readonly code: string;
  readonly key: string;
  readonly params: Record<string, unknown>;
  readonly fields: FieldError[];
  /** Overrides the problem's `instance` (default: the request URL), e.g. to keep a secret out of it. */
  instance?: string;

  constructor(opts: { status: number; code: string; key: string; params?: Record<string, unknown>; fields?: FieldError[]; cause?: unknown }) {
    super(opts.code, { cause: opts.cause });
    this.status = opts.status;
    this.code = opts.code;
    this.key = opts.key;
    this.params = opts.params ?? {};
    this.fields = opts.fields ?? [];
  }
}

export class ValidationFailed extends AppError {
  constructor(fields: FieldError[]) {
    super({ status: 422, code: 'validation_failed', key: 'errors:validationFailed', fields });
  }
}

export class NotFound extends AppError {
  constructor(key = 'errors:notFound', params?: Record<string, unknown>) {
    super({ status: 404, code: 'not_found', key, params });
  }
}

export class Conflict extends AppError {
  constructor(key: string, fields: FieldError[] = [], params?: Record<string, unknown>) {
    super({ status: 409, code: 'conflict', key, fields, params });
  }
}

export class Unauthorized extends AppError {
  constructor(key = 'errors:unauthorized') {
    super({ status: 401, code: 'unauthorized', key });
  }
}

export class SedeNotFound extends AppError {
  constructor(host: string) {
    super({ status: 404, code: 'sede_not_found', key: 'errors:sedeNotFound', params: { host } });
  }
}

export class SedeSuspended extends AppError {
  constructor(name: string) {
    super({ status: 503, code: 'sede_suspended', key: 'errors:sedeSuspended', params: { name } });
  }
}
