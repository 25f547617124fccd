import { httpResource } from '@angular/common/http';
import { Component, computed, inject } from '@angular/core';
import { I18nService } from '../i18n/i18n.service';
import { TPipe } from '../i18n/t.pipe';

interface Mail {
  id: number;
  at: string;
  to: string[];
  subject: string;
  text: string;
}

/** /buzon-demo — demo mode only: the e-mails this sede "sent" (they are never delivered). */
@Component({
  selector: 'sede-demo-mailbox',
  imports: [TPipe],
  styleUrl: './identity.css',
  template: `
    <div class="container page narrow">
      <h1>{{ 'identity:mailbox.title' | t }}</h1>
      <p class="intro">{{ 'identity:mailbox.intro' | t }}</p>
      <p><button type="button" class="button button-secondary" (click)="mail.reload()">{{ 'identity:mailbox.refresh' | t }}</button></p>
      <div aria-live="polite">
        @if (mail.error()) {
          <p class="message message-error">{{ 'identity:mailbox.unavailable' | t }}</p>
        } @else if (items().length === 0 && !mail.isLoading()) {
          <p>{{ 'identity:mailbox.empty' | t }}</p>
        }
        @for (m of items(); track m.id) {
          <article class="mail" [attr.aria-labelledby]="'mail-' + m.id">
            <h2 [id]="'mail-' + m.id">{{ m.subject }}</h2>
            <p class="hint">{{ 'identity:mailbox.to' | t }}: {{ m.to.join(', ') }} · {{ i18n.formatDate(m.at) }} {{ time(m.at) }}</p>
            <pre>{{ m.text }}</pre>
          </article>
        }
      </div>
    </div>
  `,
})
export default class DemoMailbox {
  protected readonly i18n = inject(I18nService);
  protected readonly mail = httpResource<{ items: Mail[] }>(() => '/api/demo/mailbox');
  protected readonly items = computed(() => (this.mail.hasValue() ? (this.mail.value()?.items ?? []) : []));

  protected time(iso: string): string {
    return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false, timeZone: 'Europe/Madrid' }).format(new Date(iso));
  }
}
