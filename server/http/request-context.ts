import type { TFunction } from 'i18next';
import type { Language } from '../i18n/languages.ts';
import type { Site } from '../platform/types.ts';

// What the middleware chain puts on every request.
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      site: Site;
      lng: Language;
      t: TFunction;
    }
  }
}

export {};
