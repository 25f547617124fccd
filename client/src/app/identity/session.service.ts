import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { SessionView } from './identity.types';

/**
 * The session on this site (GET /api/session): who is logged in, how, at what level. Logins
 * and logout go through here; the CSRF header is added by HttpClient's XSRF support from the
 * `sede_csrf` cookie (app.config.ts).
 */
@Injectable({ providedIn: 'root' })
export class SessionService {
  private readonly http = inject(HttpClient);
  private readonly view = signal<SessionView | null>(null);
  private loading: Promise<SessionView> | null = null;

  readonly session = this.view.asReadonly();
  readonly user = computed(() => this.view()?.user ?? null);
  readonly loaded = computed(() => this.view() !== null);

  /** Loads the session once (again with `force`). */
  load(force = false): Promise<SessionView> {
    if (!force && this.loading) return this.loading;
    this.loading = firstValueFrom(this.http.get<SessionView>('/api/session')).then((v) => {
      this.view.set(v);
      return v;
    });
    this.loading.catch(() => (this.loading = null));
    return this.loading;
  }

  async passwordLogin(body: { username: string; password: string; totp: string }): Promise<SessionView> {
    return this.set(await firstValueFrom(this.http.post<SessionView>('/api/session/password', body)));
  }

  async requestPin(body: { nif: string; email: string }): Promise<{ expiresInMinutes: number }> {
    return firstValueFrom(this.http.post<{ expiresInMinutes: number }>('/api/session/pin/request', body));
  }

  async verifyPin(body: { nif: string; code: string }): Promise<SessionView> {
    return this.set(await firstValueFrom(this.http.post<SessionView>('/api/session/pin/verify', body)));
  }

  async logout(): Promise<void> {
    await firstValueFrom(this.http.post('/api/session/logout', {}));
    await this.load(true);
  }

  /** The sede's own start URL: it sets the login state and sends the browser to the certificate listener. */
  certificateUrl(purpose: 'citizen' | 'staff', returnTo: string): string {
    return `/api/session/certificate/start?${new URLSearchParams({ purpose, return: returnTo })}`;
  }

  /** The API said 401: the session is gone. */
  forget(): void {
    void this.load(true).catch(() => undefined);
  }

  private set(v: SessionView): SessionView {
    this.view.set(v);
    this.loading = Promise.resolve(v);
    return v;
  }
}
