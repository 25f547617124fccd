import { Injectable, computed, inject, signal } from '@angular/core';
import { SessionService } from '../identity/session.service';

/**
 * The Diputación admin's session on the portal (password + TOTP, server/identity). A 401 from
 * the admin API means it ended (timeout, logout elsewhere): the login form shows again.
 */
@Injectable()
export class AdminSession {
  private readonly sessions = inject(SessionService);

  readonly loaded = this.sessions.loaded;
  readonly signedIn = computed(() => this.sessions.user()?.kind === 'platform-admin');
  readonly name = computed(() => this.sessions.user()?.fullName ?? '');
  /** The last request was refused because the session had ended. */
  readonly rejected = signal(false);

  constructor() {
    void this.sessions.load().catch(() => undefined);
  }

  signedInNow(): void {
    this.rejected.set(false);
  }

  async signOut(): Promise<void> {
    await this.sessions.logout();
  }

  /** The API answered 401. */
  reject(): void {
    this.rejected.set(true);
    this.sessions.forget();
  }
}
