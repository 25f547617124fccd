import { HttpErrorResponse, httpResource } from '@angular/common/http';
import { DOCUMENT } from '@angular/common';
import { Component, Injector, afterNextRender, computed, effect, inject, input, linkedSignal, signal } from '@angular/core';
import { Router } from '@angular/router';
import { SedeService } from '../api/sede.service';
import { I18nService } from '../i18n/i18n.service';
import { LANGUAGE_NAMES } from '../i18n/language-names';
import { TPipe } from '../i18n/t.pipe';
import { compactCode, hexGroups, type Verification } from './documents.types';

type Outcome =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'found'; value: Verification }
  | { kind: 'not-found' }
  | { kind: 'too-many'; seconds: number | null }
  | { kind: 'error' };

/**
 * Verificación de documentos (CSV), on every sede and on the Diputación portal. The code comes
 * from the `csv` query parameter — which is what the QR code and the URL printed on every
 * document point at — or from the form, which puts it in the URL. The answer for an unknown
 * code and for a mistyped one is the same neutral message (the API does not tell them apart).
 */
@Component({
  selector: 'sede-verification-page',
  imports: [TPipe],
  templateUrl: './verification-page.html',
  styleUrl: './verification-page.css',
})
export default class VerificationPage {
  /** `?csv=` (component input binding). */
  readonly csv = input<string | undefined>();

  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly i18n = inject(I18nService);
  protected readonly isPortal = inject(SedeService).isPortal;
  protected readonly languageNames = LANGUAGE_NAMES;
  protected readonly hexGroups = hexGroups;

  protected readonly typed = linkedSignal(() => this.csv() ?? '');
  protected readonly empty = signal(false);

  private readonly code = computed(() => compactCode(this.csv() ?? ''));
  protected readonly lookup = httpResource<Verification>(() => (this.code() ? `/api/verify/${encodeURIComponent(this.code())}` : undefined));

  protected readonly outcome = computed<Outcome>(() => {
    if (!this.code()) return { kind: 'idle' };
    if (this.lookup.isLoading()) return { kind: 'loading' };
    const error = this.lookup.error();
    if (error) {
      const response = error instanceof HttpErrorResponse ? error : (error as { cause?: unknown }).cause;
      if (response instanceof HttpErrorResponse && response.status === 404) return { kind: 'not-found' };
      if (response instanceof HttpErrorResponse && response.status === 429) {
        const seconds = Number(response.headers.get('Retry-After'));
        return { kind: 'too-many', seconds: Number.isFinite(seconds) && seconds > 0 ? seconds : null };
      }
      return { kind: 'error' };
    }
    const value = this.lookup.hasValue() ? this.lookup.value() : undefined;
    return value ? { kind: 'found', value } : { kind: 'idle' };
  });

  constructor() {
    // Move the focus to the answer when it arrives (it is also announced: aria-live).
    effect(() => {
      const kind = this.outcome().kind;
      if (kind === 'idle' || kind === 'loading') return;
      afterNextRender(() => this.focus('verification-outcome'), { injector: this.injector });
    });
  }

  protected onInput(event: Event): void {
    this.typed.set((event.target as HTMLInputElement).value);
    if (this.empty()) this.empty.set(false);
  }

  protected submit(event: Event): void {
    event.preventDefault();
    const code = compactCode(this.typed());
    this.empty.set(!code);
    if (!code) {
      afterNextRender(() => this.focus('csv-input'), { injector: this.injector });
      return;
    }
    if (code === this.code()) this.lookup.reload();
    else void this.router.navigate([], { queryParams: { csv: code } });
  }

  protected dateTime(iso: string | null): string {
    if (!iso) return '';
    const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Madrid' }).format(new Date(iso));
    return `${this.i18n.formatDate(iso)} ${time}`;
  }

  protected date(iso: string): string {
    return this.i18n.formatDate(iso);
  }

  protected fileSize(bytes: number): string {
    const lng = this.i18n.language() ?? 'es';
    return bytes < 1000 ? `${bytes} B` : `${new Intl.NumberFormat(lng, { maximumFractionDigits: 1 }).format(bytes / 1000)} kB`;
  }

  private focus(id: string): void {
    const el = this.document.getElementById(id);
    if (!el) return;
    if (!el.matches('input, button, a') && !el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
    el.focus();
  }
}
