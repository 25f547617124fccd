import { Injectable, signal } from '@angular/core';

const STORAGE_KEY = 'sede.platformAdminToken';

/**
 * The platform admin's bearer token, kept in sessionStorage (gone when the tab closes) until
 * staff login exists. A 401 from the API forgets it, so the token form shows again.
 */
@Injectable()
export class AdminSession {
  private readonly storage = globalThis.sessionStorage;
  private readonly tokenState = signal<string | null>(this.storage?.getItem(STORAGE_KEY) || null);

  readonly token = this.tokenState.asReadonly();
  /** The last token was refused by the API. */
  readonly rejected = signal(false);

  signIn(token: string): void {
    this.storage?.setItem(STORAGE_KEY, token);
    this.rejected.set(false);
    this.tokenState.set(token);
  }

  signOut(): void {
    this.storage?.removeItem(STORAGE_KEY);
    this.tokenState.set(null);
  }

  /** The API answered 401 to the current token. */
  reject(): void {
    this.signOut();
    this.rejected.set(true);
  }
}
