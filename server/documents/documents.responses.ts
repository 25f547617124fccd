import type { Request, Response } from 'express';
import { requestPort } from '../http/route-guards.ts';
import { isLanguage, type Language } from '../i18n/languages.ts';
import type { Tenant } from '../platform/types.ts';
import { LanguageNotEnabled } from './documents.errors.ts';
import type { Viewer } from './verify-document.ts';

/** What the documents routes read from a request and how they send files: kept out of the route file. */
export const viewerOf = (req: Request): Viewer => ({ site: req.site, lng: req.lng, t: req.t, port: requestPort(req) });

/** The sede's tenant (the route is behind requireSede). */
export const sedeTenantOf = (req: Request): Tenant => {
  if (req.site.kind !== 'sede') throw new Error('documents route without requireSede');
  return req.site.tenant;
};

/** `?lng=` when given (it must be a language), else the request's. */
export function requestedLanguage(req: Request): Language {
  const lng = req.query.lng === undefined ? req.lng : String(req.query.lng);
  if (!isLanguage(lng)) throw new LanguageNotEnabled(lng.slice(0, 8));
  return lng;
}

/** Answers about a CSV are private to whoever holds it: not cached, not indexed. */
export const PRIVATE = { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' } as const;

export function sendPdf(res: Response, f: { pdf: Buffer; filename: string; sha256?: string }, disposition: 'attachment' | 'inline' = 'attachment'): void {
  res.set({
    ...PRIVATE, 'Content-Type': 'application/pdf', 'Content-Disposition': `${disposition}; filename="${f.filename}"`,
    ...(f.sha256 && { 'Repr-Digest': `sha-256=:${Buffer.from(f.sha256, 'hex').toString('base64')}:` }),
  }).send(f.pdf);
}

export function sendXml(res: Response, f: { xml: string; filename: string }): void {
  res.set({ ...PRIVATE, 'Content-Type': 'application/xml; charset=utf-8', 'Content-Disposition': `attachment; filename="${f.filename}"` }).send(f.xml);
}
