import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { CalendarApi } from './calendar-api';
import { madridClock } from './madrid-date';

const RESYNC_MS = 10 * 60_000;

/**
 * The sede's official date and time (LPAC 31.2), ticking in the browser: the server's
 * clock (GET /api/time) is read once and then every ten minutes; the difference with the
 * browser's clock (corrected by half the round trip) is kept, so a wrong clock on the
 * visitor's computer does not change the time shown. Shown on the Madrid clock, with its
 * offset, so the change to and from summer time shows when it happens.
 */
@Injectable({ providedIn: 'root' })
export class OfficialClock {
  private readonly api = inject(CalendarApi);
  private readonly skew = signal<number | null>(null);
  private readonly tick = signal(Date.now());
  private started = false;

  /** Null until the server has answered once. */
  readonly now = computed(() => {
    const skew = this.skew();
    return skew === null ? null : madridClock(this.tick() + skew);
  });

  start(destroyRef: DestroyRef): void {
    if (this.started || typeof window === 'undefined') return;
    this.started = true;
    void this.sync();
    const ticker = setInterval(() => this.tick.set(Date.now()), 1000);
    const resync = setInterval(() => void this.sync(), RESYNC_MS);
    destroyRef.onDestroy(() => {
      clearInterval(ticker);
      clearInterval(resync);
      this.started = false;
    });
  }

  private async sync(): Promise<void> {
    try {
      const sent = Date.now();
      const t = await this.api.time();
      const received = Date.now();
      this.skew.set(t.epochMs - (sent + received) / 2);
      this.tick.set(received);
    } catch {
      // Keep the last known difference; the next sync tries again.
    }
  }
}
