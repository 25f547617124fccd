import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import i18next, { type i18n, type Resource, type TFunction } from 'i18next';
import { fromRoot } from '../paths.ts';
import { LANGUAGES, type Language } from './languages.ts';

/**
 * i18next over `locales/{es,ca,eu}/<namespace>.json`: the same files the Angular client and
 * the document templates read. Keys are addressed as `namespace:key.path`.
 */
export function loadLocaleResources(dir = fromRoot('locales')): Resource {
  const resources: Resource = {};
  for (const lng of LANGUAGES) {
    resources[lng] = {};
    for (const file of readdirSync(path.join(dir, lng)).filter((f) => f.endsWith('.json'))) {
      (resources[lng] as Record<string, unknown>)[file.replace(/\.json$/, '')] = JSON.parse(readFileSync(path.join(dir, lng, file), 'utf8'));
    }
  }
  return resources;
}

let instance: i18n | undefined;

export function i18n(): i18n {
  if (!instance) {
    const resources = loadLocaleResources();
    instance = i18next.createInstance();
    void instance.init({
      initAsync: false,
      resources,
      lng: 'es',
      fallbackLng: 'es',
      supportedLngs: [...LANGUAGES],
      ns: Object.keys(resources.es ?? {}),
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  return instance;
}

/** A translator fixed to one language. */
const fixed = new Map<Language, TFunction>();

export function translator(lng: Language): TFunction {
  let t = fixed.get(lng);
  if (!t) fixed.set(lng, (t = i18n().getFixedT(lng)));
  return t;
}
