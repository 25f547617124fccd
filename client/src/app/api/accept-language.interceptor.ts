import type { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { I18nService } from '../i18n/i18n.service';

/**
 * Tells the API which language the page is showing, so that its messages (problem+json,
 * community names…) match it even before the user has picked one (the `sede_lang` cookie is
 * only written on an explicit choice).
 */
export const acceptLanguageInterceptor: HttpInterceptorFn = (req, next) => {
  const lng = inject(I18nService).language();
  if (!lng || !req.url.startsWith('/api/') || req.headers.has('Accept-Language')) return next(req);
  return next(req.clone({ setHeaders: { 'Accept-Language': lng } }));
};
