import { AppError } from '../errors/app-error.ts';

/**
 * Errors of the documents module: AppErrors with a code (`documents.<name>`), an HTTP status and
 * an i18n key in the documents namespace (`documents:errors.<name>`), so the error middleware
 * answers problem+json in the request's language.
 */
export class DocumentsError extends AppError {
  constructor(name: string, status: number, message: string, params: Record<string, string> = {}, cause?: unknown) {
    super({ status, code: `documents.${name}`, key: `documents:errors.${name}`, params, cause });
    this.name = name[0]!.toUpperCase() + name.slice(1);
    this.message = message;
  }
}

/** The seal certificate is outside its validity period: nothing is issued unsealed. */
export class SealCertificateExpired extends DocumentsError {
  constructor(notBefore: Date, notAfter: Date, at: Date) {
    super('sealCertificateExpired', 503,
      `The seal certificate is valid from ${notBefore.toISOString()} to ${notAfter.toISOString()}, not at ${at.toISOString()}`,
      { notBefore: notBefore.toISOString(), notAfter: notAfter.toISOString() });
  }
}

/** The seal credentials cannot be used (wrong key type, key not matching the certificate…). */
export class SealCredentialsInvalid extends DocumentsError {
  constructor(reason: string, options?: ErrorOptions) {
    super('sealCredentialsInvalid', 500, `Seal credentials unusable: ${reason}`, {}, options?.cause);
  }
}

/** Chromium could not produce the PDF in time, or died while doing it. */
export class RenderFailed extends DocumentsError {
  constructor(reason: string, options?: ErrorOptions) {
    super('renderFailed', 503, `Rendering failed: ${reason}`, {}, options?.cause);
  }
}

/** A template name that is not one of ours. Tenants never supply templates. */
export class UnknownTemplate extends DocumentsError {
  constructor(template: string) {
    super('unknownTemplate', 400, `Unknown document template: ${template}`, { template });
  }
}

/** Data that cannot go into an ENI identifier or metadata record. */
export class InvalidEniMetadata extends DocumentsError {
  constructor(reason: string) {
    super('invalidEniMetadata', 400, `Invalid ENI metadata: ${reason}`);
  }
}

/** Staff-facing: the ayuntamiento has no active seal certificate, so nothing can be issued. */
export class SealCertificateMissing extends DocumentsError {
  constructor(tenant: string) {
    super('sealCertificateMissing', 503, `${tenant} has no active seal certificate: no document is issued unsealed`, { tenant });
  }
}

/** Staff-facing: the ayuntamiento's active seal certificate is expired (or not valid yet). */
export class SealCertificateNotValid extends DocumentsError {
  constructor(tenant: string, notBefore: Date, notAfter: Date, at: Date) {
    super('sealCertificateNotValid', 503,
      `The seal certificate of ${tenant} is valid from ${notBefore.toISOString()} to ${notAfter.toISOString()}, not at ${at.toISOString()}: no document is issued unsealed`,
      { tenant, from: notBefore.toISOString().slice(0, 10), to: notAfter.toISOString().slice(0, 10) });
  }
}

/** A document in a language the ayuntamiento does not offer. */
export class LanguageNotEnabled extends DocumentsError {
  constructor(lng: string) {
    super('languageNotEnabled', 422, `Language ${lng} is not enabled for this sede`, { lng });
  }
}

/**
 * The one answer for a CSV that finds nothing — unknown, malformed, or anything else: the
 * same status and the same body (its `instance` is the route template, never the code typed),
 * so that the answer says nothing about why (RELIABILITY.md csv-enum).
 */
export class CsvNotFound extends DocumentsError {
  constructor(instance: string) {
    super('csvNotFound', 404, 'No document with that CSV');
    this.instance = instance;
  }
}

/** Too many CSV look-ups from one address, or from everyone together. */
export class TooManyLookups extends DocumentsError {
  constructor(retryAfterSeconds: number) {
    super('tooManyLookups', 429, `Too many CSV look-ups; retry in ${retryAfterSeconds} s`, { seconds: String(retryAfterSeconds) });
  }
}
