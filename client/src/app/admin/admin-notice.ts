import { Injectable, signal } from '@angular/core';

/** A message that outlives a page change within the admin (e.g. "created" shown on the list). */
@Injectable()
export class AdminNotice {
  readonly message = signal<string | null>(null);

  /** Returns the pending message and clears it. */
  take(): string | null {
    const message = this.message();
    this.message.set(null);
    return message;
  }
}
