import { inject } from '@angular/core';
import type { ResolveFn } from '@angular/router';
import { I18nService, type Namespace } from './i18n.service';

/** A route resolver that loads the locale namespaces its pages use before they render. */
export function requireNamespaces(...namespaces: Namespace[]): ResolveFn<true> {
  return async () => {
    await inject(I18nService).require(...namespaces);
    return true as const;
  };
}
