import { Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { I18nService } from '../i18n/i18n.service';
import { TPipe } from '../i18n/t.pipe';
import { SessionService } from '../identity/session.service';

/** For the ayuntamiento's staff only (per the session): a link to the gallery of document samples. */
@Component({
  selector: 'sede-staff-gallery-link',
  imports: [RouterLink, TPipe],
  template: `
    @if (isStaff()) {
      <section class="staff-box" aria-labelledby="staff-docs-title">
        <h2 id="staff-docs-title">{{ 'documents:staffLink.title' | t }}</h2>
        <p>{{ 'documents:staffLink.text' | t }}</p>
        <p><a class="button button-secondary" routerLink="/documentos/muestras">{{ 'documents:staffLink.link' | t }}</a></p>
      </section>
    }
  `,
  styles: `
    .staff-box { margin-top: var(--space-4); padding: var(--space-2) var(--space-3); border: 1px solid var(--color-border); border-radius: var(--radius); background: var(--color-surface); }
    .staff-box h2 { margin-top: 0; }
  `,
})
export class StaffGalleryLink {
  private readonly session = inject(SessionService);
  /** Its texts live in the documents namespace, which the host page may not have loaded. */
  private readonly texts = signal(false);
  protected readonly isStaff = computed(() => this.texts() && this.session.user()?.kind === 'staff');

  constructor() {
    void this.session.load().catch(() => undefined);
    void inject(I18nService).require('documents').then(() => this.texts.set(true));
  }
}
