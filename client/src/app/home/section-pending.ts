import { Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { SedeService } from '../api/sede.service';
import { TPipe } from '../i18n/t.pipe';
import type { SedeSection } from './sections';

/** A section of the sede that is not available yet: says so, and how to reach the ayuntamiento meanwhile. */
@Component({
  selector: 'sede-section-pending',
  imports: [RouterLink, TPipe],
  template: `
    <div class="container page narrow">
      <p class="eyebrow">{{ 'home:hero.eyebrow' | t }}</p>
      <h1>{{ 'home:sections.' + section() + '.title' | t }}</h1>
      <div class="callout">
        <p><strong>{{ 'home:pending.title' | t }}</strong></p>
        <p>{{ 'home:pending.text' | t }}</p>
        @if (contact(); as c) {
          <p>{{ 'home:pending.contact' | t }}</p>
          <ul>
            @if (c.phone) {
              <li>{{ 'shell:footer.phone' | t }}: {{ c.phone }}</li>
            }
            @if (c.email) {
              <li>{{ 'shell:footer.email' | t }}: <a [href]="'mailto:' + c.email">{{ c.email }}</a></li>
            }
          </ul>
        }
      </div>
      <p><a routerLink="/">{{ 'home:pending.back' | t }}</a></p>
    </div>
  `,
  styles: `
    .eyebrow { margin: 0; color: var(--color-text-muted); font-weight: 600; }
    .callout {
      border-left: 0.3rem solid var(--brand-primary);
      background: var(--brand-primary-soft);
      padding: var(--space-2) var(--space-3);
      border-radius: var(--radius-sm);
      margin-block: var(--space-3);
    }
  `,
})
export default class SectionPending {
  /** From the route's data (component input binding). */
  readonly section = input.required<SedeSection['key']>();
  private readonly sede = inject(SedeService);
  protected readonly contact = computed(() => {
    const b = this.sede.info()?.branding;
    return b && (b.phone || b.email) ? { phone: b.phone, email: b.email } : null;
  });
}
