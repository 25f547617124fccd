import type { NextFunction, Request, Response } from 'express';
import { translator } from '../i18n/i18n.ts';
import { isLanguage, LANGUAGES, type Language } from '../i18n/languages.ts';
import { portalProfile } from '../platform/portal-profile.ts';

export const LANGUAGE_COOKIE = 'sede_lang';

/**
 * The request's language: the user's choice (`?lang=` or the `sede_lang` cookie), then
 * Accept-Language, then the site's default — always one of the site's enabled languages.
 */
export function negotiateLanguage(req: Request, enabled: readonly Language[], fallback: Language): Language {
  const chosen = [req.query?.lang, req.cookies?.[LANGUAGE_COOKIE]];
  for (const c of chosen) if (isLanguage(c) && enabled.includes(c)) return c;
  const accepted = req.acceptsLanguages(...enabled);
  if (isLanguage(accepted)) return accepted;
  // Regional tags such as ca-ES or eu-ES.
  const header = req.headers['accept-language'] ?? '';
  for (const part of header.split(',')) {
    const base = part.trim().split(/[-;]/)[0]?.toLowerCase();
    if (isLanguage(base) && enabled.includes(base)) return base;
  }
  return fallback;
}

export function languageMiddleware(req: Request, _res: Response, next: NextFunction): void {
  const site = req.site;
  const [enabled, fallback] = site?.kind === 'sede' ? [site.tenant.languages, site.tenant.defaultLanguage] : [LANGUAGES, portalProfile().defaultLanguage];
  req.lng = negotiateLanguage(req, enabled, fallback);
  req.t = translator(req.lng);
  next();
}
