import { Component, computed, inject, input } from '@angular/core';
import { I18nService } from '../i18n/i18n.service';
import { TPipe } from '../i18n/t.pipe';
import type { SessionView } from './identity.types';

/** Identity, method, level and the previous access (ENS op.acc.5), as a description list. */
@Component({
  selector: 'sede-access-summary',
  imports: [TPipe],
  template: `
    @if (session().user; as user) {
      <h2>{{ 'identity:account.identity' | t }}</h2>
      <dl class="facts">
        <dt>{{ 'identity:account.name' | t }}</dt>
        <dd>{{ user.fullName }}</dd>
        @if (user.nif) {
          <dt>{{ 'identity:account.nif' | t }}</dt>
          <dd>{{ user.nif }}</dd>
        }
        @if (user.company; as company) {
          <dt>{{ 'identity:account.company' | t }}</dt>
          <dd>{{ company.name }} ({{ company.cif }})</dd>
        }
        @if (user.roles?.length) {
          <dt>{{ 'identity:account.roles' | t }}</dt>
          <dd>{{ roles() }}</dd>
        }
      </dl>
      @if (session().auth; as auth) {
        <h2>{{ 'identity:account.session' | t }}</h2>
        <dl class="facts">
          <dt>{{ 'identity:account.method' | t }}</dt>
          <dd>{{ 'identity:methods.' + auth.method | t }}</dd>
          <dt>{{ 'identity:account.level' | t }}</dt>
          <dd>{{ 'identity:levels.' + auth.levelOfAssurance | t }}</dd>
          <dt>{{ 'identity:account.since' | t }}</dt>
          <dd>{{ when(auth.at) }}</dd>
        </dl>
      }
      <h2>{{ 'identity:account.previous' | t }}</h2>
      @if (session().previousAccess; as previous) {
        <dl class="facts" id="previous-access">
          <dt>{{ 'identity:account.date' | t }}</dt>
          <dd>{{ i18n.formatDate(previous.at) }}</dd>
          <dt>{{ 'identity:account.time' | t }}</dt>
          <dd>{{ time(previous.at) }}</dd>
          <dt>{{ 'identity:account.method' | t }}</dt>
          <dd>{{ 'identity:methods.' + previous.method | t }}</dd>
        </dl>
        @if (previous.failuresSince > 0) {
          <p class="message message-warning">{{ 'identity:account.failures' | t: { count: previous.failuresSince } }}</p>
        }
        <p class="hint">{{ 'identity:account.notYou' | t }}</p>
      } @else {
        <p>{{ 'identity:account.firstAccess' | t }}</p>
      }
    }
  `,
  styles: `
    .facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.4rem var(--space-3); margin: 0 0 var(--space-3); }
    .facts dt { font-weight: 700; }
    .facts dd { margin: 0; }
    @media (max-width: 30rem) { .facts { grid-template-columns: 1fr; } .facts dd { margin-bottom: 0.5rem; } }
  `,
})
export class AccessSummary {
  protected readonly i18n = inject(I18nService);
  readonly session = input.required<SessionView>();
  protected readonly roles = computed(() => (this.session().user?.roles ?? []).map((r) => this.i18n.t(`identity:roles.${r}`)).join(', '));

  /** 24-hour time on the Madrid clock. */
  protected time(iso: string): string {
    return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Europe/Madrid' }).format(new Date(iso));
  }

  protected when(iso: string): string {
    return `${this.i18n.formatDate(iso)} ${this.time(iso)}`;
  }
}
