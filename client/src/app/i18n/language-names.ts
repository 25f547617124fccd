import type { Language } from '../api/sede.types';

/** Each language's name in that language itself (for switchers and lists, with `lang`). */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  es: 'Castellano',
  ca: 'Català',
  eu: 'Euskara',
};
