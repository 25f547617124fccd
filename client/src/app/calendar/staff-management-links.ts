import { Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { I18nService } from '../i18n/i18n.service';
import { TPipe } from '../i18n/t.pipe';
import { SessionService } from '../identity/session.service';

/**
 * For the ayuntamiento's staff only: links to the management pages their roles open
 * (calendar and information texts: admin; interruptions: admin or registro).
 */
@Component({
  selector: 'sede-staff-management-links',
  imports: [RouterLink, TPipe],
  template: `
    @if (links().length > 0) {
      <section class="staff-box" aria-labelledby="staff-mgmt-title">
        <h2 id="staff-mgmt-title">{{ 'calendar:ui.staff.linksTitle' | t }}</h2>
        <ul>
          @for (link of links(); track link.path) {
            <li><a [routerLink]="link.path">{{ link.title | t }}</a></li>
          }
        </ul>
      </section>
    }
  `,
  styles: `
    .staff-box { margin-top: var(--space-4); padding: var(--space-2) var(--space-3); border: 1px solid var(--color-border); border-radius: var(--radius); background: var(--color-surface); }
    .staff-box h2 { margin-top: 0; }
  `,
})
export class StaffManagementLinks {
  private readonly session = inject(SessionService);
  private readonly texts = signal(false);
  protected readonly links = computed(() => {
    const user = this.session.user();
    if (!this.texts() || user?.kind !== 'staff') return [];
    const roles = user.roles ?? [];
    const admin = roles.includes('admin');
    return [
      ...(admin ? [{ path: '/gestion/calendario', title: 'calendar:ui.staff.calendarTitle' }] : []),
      ...(admin || roles.includes('registro') ? [{ path: '/gestion/interrupciones', title: 'calendar:ui.staff.interruptionsTitle' }] : []),
      ...(admin ? [{ path: '/gestion/informacion', title: 'calendar:ui.staff.infoTitle' }] : []),
    ];
  });

  constructor() {
    void this.session.load().catch(() => undefined);
    // Its texts live in the calendar namespace, which the host page may not have loaded.
    void inject(I18nService).require('calendar').then(() => this.texts.set(true));
  }
}
