import { Component, DestroyRef, computed, inject } from '@angular/core';
import { I18nService } from '../i18n/i18n.service';
import { TPipe } from '../i18n/t.pipe';
import { formatIsoDate } from './madrid-date';
import { OfficialClock } from './official-clock.service';

/** "Fecha y hora oficial 24/11/2026 10:05:07 (UTC+01:00)" in the header, every second. Not announced by screen readers. */
@Component({
  selector: 'sede-official-clock',
  imports: [TPipe],
  template: `
    @if (now(); as n) {
      <p class="official-clock">
        <span class="label">{{ 'shell:header.officialTime' | t }}</span>
        <time [attr.datetime]="n.date + 'T' + n.time + n.offset">{{ date() }} {{ n.time }} <span class="offset">(UTC{{ n.offset }})</span></time>
      </p>
    }
  `,
  styles: `
    .official-clock { margin: 0; font-size: var(--font-size-sm); font-variant-numeric: tabular-nums; white-space: nowrap; }
    .label { margin-inline-end: 0.4em; }
    .offset { opacity: 0.85; }
  `,
})
export class OfficialClockView {
  private readonly clock = inject(OfficialClock);
  private readonly i18n = inject(I18nService);
  protected readonly now = this.clock.now;
  protected readonly date = computed(() => {
    const n = this.now();
    return n ? formatIsoDate(n.date, this.i18n.language()) : '';
  });

  constructor() {
    this.clock.start(inject(DestroyRef));
  }
}
