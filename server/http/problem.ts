import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../errors/app-error.ts';
import { translatePostgresError } from '../errors/postgres-errors.ts';
import { translator } from '../i18n/i18n.ts';
import { LANGUAGES } from '../i18n/languages.ts';
import { negotiateLanguage } from './language.ts';
import { problemPage } from './problem-page.ts';
import { logger } from '../log.ts';

/** Body-parser failures users can cause, mapped to our errors. */
function fromHttpError(err: { type?: string; status?: number }): AppError | undefined {
  if (err.type === 'entity.too.large') return new AppError({ status: 413, code: 'body_too_large', key: 'errors:bodyTooLarge' });
  if (err.type === 'entity.parse.failed') return new AppError({ status: 400, code: 'malformed_json', key: 'errors:malformedJson' });
  if (err.type === 'encoding.unsupported' || err.type === 'charset.unsupported') return new AppError({ status: 415, code: 'unsupported_encoding', key: 'errors:unsupportedEncoding' });
  return undefined;
}

/**
 * The one error middleware: renders every error as application/problem+json in the
 * request's language. Unexpected errors are logged with the request id and shown as a
 * neutral 500 — never a stack trace.
 */
export function problemHandler(err: unknown, req: Request, res: Response, _next: NextFunction): void {
  let e = translatePostgresError(err);
  if (!(e instanceof AppError)) e = fromHttpError(e as { type?: string }) ?? e;
  // Before the site is known (unknown host) the language comes from the visitor alone.
  req.lng ??= negotiateLanguage(req, LANGUAGES, 'es');
  const t = req.t ?? translator(req.lng);
  if (!(e instanceof AppError)) {
    (req.log ?? logger()).error({ err }, 'unexpected error');
    e = new AppError({ status: 500, code: 'internal', key: 'errors:internal' });
  } else if (e.status >= 500) {
    (req.log ?? logger()).error({ err: e.cause ?? e, code: e.code }, 'server error');
  } else {
    (req.log ?? logger()).info({ code: e.code, fields: e.fields.map((f) => f.field) }, 'request refused');
  }
  const appError = e as AppError;
  const body = {
    type: `urn:sede:problem:${appError.code}`,
    title: t(`errors:status.${appError.status}`, { defaultValue: t('errors:status.default') }),
    status: appError.status,
    detail: t(appError.key, appError.params),
    code: appError.code,
    instance: appError.instance ?? req.originalUrl,
    ...(appError.fields.length > 0 && {
      errors: appError.fields.map((f) => ({ field: f.field, message: t(f.key, { ...f.params, field: f.field }) })),
    }),
  };
  if (res.headersSent) return;
  res.set('Content-Language', req.lng);
  if (!req.originalUrl.startsWith('/api') && req.method === 'GET' && req.accepts(['json', 'html']) === 'html') {
    return void res.status(appError.status).type('html').send(problemPage(req.lng, body.title, body.detail));
  }
  res.status(appError.status).type('application/problem+json').send(JSON.stringify(body));
}
