import { DOCUMENT } from '@angular/common';
import { Component, Injector, afterNextRender, inject, output, signal } from '@angular/core';
import { problemOf } from '../api/problem';
import { FieldA11y, FieldError } from '../admin/field';
import { FormErrors, fieldId } from '../admin/form-errors';
import { I18nService } from '../i18n/i18n.service';
import { TPipe } from '../i18n/t.pipe';
import { FormProblem } from './form-problem';
import type { SessionView } from './identity.types';
import { SessionService } from './session.service';

const FIELDS = ['username', 'password', 'totp'] as const;

/** User name, password and TOTP code: staff on a sede, Diputación admins on the portal. */
@Component({
  selector: 'sede-password-login',
  imports: [TPipe, FieldA11y, FieldError, FormProblem],
  providers: [FormErrors],
  template: `
    <sede-form-problem summaryId="password-summary" [message]="general()" />
    <form novalidate class="stack" (submit)="submit($event)" aria-labelledby="password-login-title">
      <h2 id="password-login-title">{{ 'identity:password.title' | t }}</h2>
      <div class="field" [class.field-invalid]="errors.has('username')">
        <label [for]="id('username')">{{ 'identity:password.username' | t }}</label>
        <sede-field-error path="username" />
        <input sedeField="username" type="text" class="input-m" autocomplete="username" spellcheck="false" autocapitalize="none"
          [value]="username()" (input)="username.set(value($event))" />
      </div>
      <div class="field" [class.field-invalid]="errors.has('password')">
        <label [for]="id('password')">{{ 'identity:password.password' | t }}</label>
        <sede-field-error path="password" />
        <input sedeField="password" type="password" class="input-m" autocomplete="current-password" [value]="password()" (input)="password.set(value($event))" />
      </div>
      <div class="field" [class.field-invalid]="errors.has('totp')">
        <label [for]="id('totp')">{{ 'identity:password.totp' | t }}</label>
        <p class="hint" [id]="id('totp') + '-hint'">{{ 'identity:password.totpHint' | t }}</p>
        <sede-field-error path="totp" />
        <input sedeField="totp" hint type="text" class="input-s" inputmode="numeric" autocomplete="one-time-code" maxlength="6"
          [value]="totp()" (input)="totp.set(value($event))" />
      </div>
      <div><button type="submit" class="button" [disabled]="busy()">{{ 'identity:password.submit' | t }}</button></div>
    </form>
  `,
})
export class PasswordLoginForm {
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly i18n = inject(I18nService);
  private readonly sessions = inject(SessionService);
  protected readonly errors = inject(FormErrors);
  readonly done = output<SessionView>();

  protected readonly username = signal('');
  protected readonly password = signal('');
  protected readonly totp = signal('');
  protected readonly busy = signal(false);
  protected readonly general = signal<string | null>(null);
  protected readonly id = fieldId;

  constructor() {
    this.errors.declare(FIELDS);
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    this.errors.clear();
    this.general.set(null);
    this.busy.set(true);
    try {
      this.done.emit(await this.sessions.passwordLogin({ username: this.username().trim(), password: this.password(), totp: this.totp().trim() }));
    } catch (error) {
      const problem = problemOf(error);
      if (problem) this.errors.problem.set(problem);
      else this.general.set(this.i18n.t('identity:form.network'));
      this.password.set('');
      this.totp.set('');
      afterNextRender(() => this.document.getElementById('password-summary')?.focus(), { injector: this.injector });
    } finally {
      this.busy.set(false);
    }
  }
}
