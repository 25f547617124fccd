import { Component, inject, signal } from '@angular/core';
import { I18nService } from '../i18n/i18n.service';
import { TPipe } from '../i18n/t.pipe';
import { CalendarApi } from './calendar-api';
import type { InterruptionView } from './calendar.types';
import { formatIsoDate } from './madrid-date';

/** The sede's service interruptions and the LPAC 32.4 extensions granted after them (public list). */
@Component({
  selector: 'sede-interruptions-page',
  imports: [TPipe],
  template: `
    <div class="container page narrow">
      <h1>{{ 'calendar:ui.interruptions.title' | t }}</h1>
      <p>{{ 'calendar:ui.interruptions.intro' | t }}</p>
      @if (failed()) {
        <p class="message message-error" role="alert">{{ 'calendar:ui.interruptions.loadError' | t }}</p>
      } @else if (items(); as list) {
        @if (list.length === 0) {
          <p>{{ 'calendar:ui.interruptions.none' | t }}</p>
        }
        @for (i of list; track i.id) {
          <article class="item">
            <h2>{{ i.description }}</h2>
            <p class="meta">{{ i.kindLabel }} · <strong>{{ 'calendar:ui.interruptions.status.' + i.status | t }}</strong></p>
            <dl>
              <div><dt>{{ 'calendar:ui.interruptions.from' | t }}</dt><dd><time [attr.datetime]="i.startsAt">{{ when(i.startsAt) }}</time></dd></div>
              <div><dt>{{ 'calendar:ui.interruptions.to' | t }}</dt><dd>
                @if (i.endsAt) { <time [attr.datetime]="i.endsAt">{{ when(i.endsAt) }}</time> } @else { {{ 'calendar:ui.interruptions.noEnd' | t }} }
              </dd></div>
            </dl>
            @if (i.extension; as x) {
              <div class="extension">
                <h3>{{ 'calendar:ui.interruptions.extension' | t }}</h3>
                <p>{{ x.summary }}</p>
                <p class="muted">{{ x.reason }}</p>
              </div>
            }
          </article>
        }
      }
    </div>
  `,
  styles: `
    .item { border-top: 1px solid var(--color-border); padding-block: var(--space-2); }
    .item h2 { font-size: var(--font-size-lg); margin-bottom: 0.25rem; }
    .meta { margin-top: 0; color: var(--color-text-muted); }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem var(--space-2); }
    dl div { display: contents; }
    dt { font-weight: 600; }
    dd { margin: 0; }
    .extension { border-left: 0.3rem solid var(--brand-primary); background: var(--brand-primary-soft); padding: var(--space-1) var(--space-2); border-radius: var(--radius-sm); }
    .extension h3 { margin-top: 0; font-size: var(--font-size-md); }
  `,
})
export default class InterruptionsPage {
  private readonly api = inject(CalendarApi);
  private readonly i18n = inject(I18nService);
  protected readonly items = signal<InterruptionView[] | null>(null);
  protected readonly failed = signal(false);

  constructor() {
    this.api.interruptions().then((r) => this.items.set(r.items), () => this.failed.set(true));
  }

  /** '2026-03-17T09:00:00+01:00' → '17/03/2026 09:00 (UTC+01:00)': the sede's wall time as recorded. */
  protected when(local: string): string {
    return `${formatIsoDate(local.slice(0, 10), this.i18n.language())} ${local.slice(11, 16)} (UTC${local.slice(19)})`;
  }
}
