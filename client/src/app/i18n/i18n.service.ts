import { DOCUMENT } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { Injectable, inject, signal } from '@angular/core';
import i18next, { type i18n as I18next } from 'i18next';
import { firstValueFrom } from 'rxjs';
import { LANGUAGES, isLanguage, type Language } from '../api/sede.types';

/** Locale namespaces owned by the client (`locales/<lng>/<ns>.json`). */
export type Namespace = 'shell' | 'home' | 'portal' | 'admin' | 'documents' | 'calendar' | 'sedeInfo' | 'identity' | 'errors';

export const LANGUAGE_COOKIE = 'sede_lang';

/**
 * The page's language, over one i18next instance fed from `/locales/<lng>/<ns>.json`
 * (the same files the server uses). Namespaces are fetched when a route first needs them,
 * and again for the new language on a switch, before the switch is shown.
 */
@Injectable({ providedIn: 'root' })
export class I18nService {
  private readonly http = inject(HttpClient);
  private readonly document = inject(DOCUMENT);
  private readonly i18n: I18next = i18next.createInstance();
  /** Namespaces the pages shown so far needed; a language switch loads all of them. */
  private readonly wanted = new Set<Namespace>(['shell']);
  private readonly loaded = new Set<string>();

  private readonly current = signal<Language | null>(null);
  private readonly offered = signal<readonly Language[]>(LANGUAGES);

  /** The language being shown (null until the first one is loaded). */
  readonly language = this.current.asReadonly();
  /** The languages this sede offers, in the sede's order. */
  readonly languages = this.offered.asReadonly();

  constructor() {
    void this.i18n.init({
      initAsync: false,
      resources: {},
      lng: 'es',
      fallbackLng: false,
      supportedLngs: [...LANGUAGES],
      ns: ['shell'],
      defaultNS: 'shell',
      nsSeparator: ':',
      keySeparator: '.',
      interpolation: { escapeValue: false }, // Angular escapes whatever it renders
      returnNull: false,
    });
  }

  /**
   * Picks the first language: the `sede_lang` cookie if the sede offers it, else the first of
   * the browser's languages the sede offers, else the sede's default.
   */
  pickInitial(offered: readonly Language[], fallback: Language): Language {
    const fromCookie = this.readCookie();
    if (fromCookie && offered.includes(fromCookie)) return fromCookie;
    const browser = this.document.defaultView?.navigator.languages ?? [];
    for (const tag of browser) {
      const primary = tag.toLowerCase().split('-')[0];
      if (isLanguage(primary) && offered.includes(primary)) return primary;
    }
    return offered.includes(fallback) ? fallback : offered[0];
  }

  /** Starts the page in `lng` (no cookie is written: that only records an explicit choice). */
  async start(offered: readonly Language[], lng: Language): Promise<void> {
    this.offered.set([...offered]);
    await this.apply(lng);
  }

  /** The user's explicit choice: remembered in the cookie the API also reads. */
  async choose(lng: Language): Promise<void> {
    if (!this.offered().includes(lng) || lng === this.current()) return;
    await this.apply(lng);
    this.document.cookie = `${LANGUAGE_COOKIE}=${lng}; path=/; max-age=31536000; SameSite=Lax`;
  }

  /** Makes sure the given namespaces are loaded for the current language. */
  async require(...namespaces: Namespace[]): Promise<void> {
    namespaces.forEach((ns) => this.wanted.add(ns));
    const lng = this.current();
    if (lng) await this.fetchBundles(lng, namespaces);
  }

  /** Translates `namespace:key.path`, with `{{name}}` interpolation and plurals (`count`). */
  t(key: string, params?: Record<string, unknown>): string {
    this.current(); // a dependency for callers that compute texts in signals
    return this.i18n.t(key, params ?? {}) as string;
  }

  /**
   * A date (ISO string) on the Madrid clock, numeric: dd/mm/aaaa in es and ca, aaaa/mm/dd in eu.
   * Composed by hand: browsers' ICU data for Basque is often missing and falls back to en-US.
   */
  formatDate(iso: string | null | undefined): string {
    if (!iso) return '';
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    const parts = new Intl.DateTimeFormat('en-GB', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      timeZone: 'Europe/Madrid',
    }).formatToParts(date);
    const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
    const [y, m, d] = [part('year'), part('month'), part('day')];
    return this.current() === 'eu' ? `${y}/${m}/${d}` : `${d}/${m}/${y}`;
  }

  private async apply(lng: Language): Promise<void> {
    await this.fetchBundles(lng, [...this.wanted]);
    await this.i18n.changeLanguage(lng);
    this.document.documentElement.lang = lng;
    this.current.set(lng);
  }

  private async fetchBundles(lng: Language, namespaces: readonly Namespace[]): Promise<void> {
    const missing = namespaces.filter((ns) => !this.loaded.has(`${lng}/${ns}`));
    await Promise.all(
      missing.map(async (ns) => {
        const bundle = await firstValueFrom(this.http.get<Record<string, unknown>>(`/locales/${lng}/${ns}.json`));
        this.i18n.addResourceBundle(lng, ns, bundle, true, true);
        this.loaded.add(`${lng}/${ns}`);
      }),
    );
  }

  private readCookie(): Language | null {
    const match = this.document.cookie.match(new RegExp(`(?:^|;\\s*)${LANGUAGE_COOKIE}=([^;]*)`));
    const value = match ? decodeURIComponent(match[1]) : null;
    return isLanguage(value) ? value : null;
  }
}
