import { DOCUMENT } from '@angular/common';
import { Component, DestroyRef, Injector, afterNextRender, inject, signal } from '@angular/core';
import { FormField, form } from '@angular/forms/signals';
import { TPipe } from '../i18n/t.pipe';
import { I18nTitleStrategy } from '../shell/title.strategy';
import { AdminSession } from './admin-session';

/** Asks for the platform admin token (until staff login exists). */
@Component({
  selector: 'sede-token-form',
  imports: [FormField, TPipe],
  template: `
    <div class="container page narrow">
      <h1 id="token-title">{{ 'admin:token.title' | t }}</h1>
      <p>{{ 'admin:token.intro' | t }}</p>
      @if (session.rejected()) {
        <p class="message message-error" id="token-rejected">{{ 'admin:token.rejected' | t }}</p>
      }
      <form class="stack" novalidate (submit)="submit($event)" aria-labelledby="token-title">
        <div class="field" [class.field-invalid]="empty()">
          <label for="admin-token">{{ 'admin:token.label' | t }}</label>
          <p class="hint" id="admin-token-hint">{{ 'admin:token.hint' | t }}</p>
          @if (empty()) {
            <p class="field-error" id="admin-token-error">{{ 'admin:token.required' | t }}</p>
          }
          <input
            id="admin-token"
            type="password"
            autocomplete="off"
            spellcheck="false"
            aria-required="true"
            [attr.aria-invalid]="empty() || null"
            [attr.aria-describedby]="empty() ? 'admin-token-hint admin-token-error' : 'admin-token-hint'"
            [formField]="tokenForm.token"
          />
        </div>
        <div><button type="submit" class="button">{{ 'admin:token.submit' | t }}</button></div>
      </form>
    </div>
  `,
})
export class TokenForm {
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  protected readonly session = inject(AdminSession);
  protected readonly tokenForm = form(signal({ token: '' }));
  protected readonly empty = signal(false);

  constructor() {
    // Whatever page was asked for, this is the page now.
    const release = inject(I18nTitleStrategy).override('admin:token.title');
    inject(DestroyRef).onDestroy(release);
    if (this.session.rejected()) {
      afterNextRender(() => this.focus('token-rejected'));
    }
  }

  protected submit(event: Event): void {
    event.preventDefault();
    const token = this.tokenForm.token().value().trim();
    this.empty.set(!token);
    if (!token) {
      afterNextRender(() => this.focus('admin-token'), { injector: this.injector });
      return;
    }
    this.session.signIn(token);
  }

  private focus(id: string): void {
    const el = this.document.getElementById(id);
    if (!el) return;
    if (!el.matches('input, button, a') && !el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
    el.focus();
  }
}
