import { DOCUMENT } from '@angular/common';
import { Component, Injector, afterNextRender, computed, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { problemOf } from '../api/problem';
import { FieldA11y, FieldError } from '../admin/field';
import { FormErrors, fieldId } from '../admin/form-errors';
import { I18nService } from '../i18n/i18n.service';
import { TPipe } from '../i18n/t.pipe';
import { FormProblem } from './form-problem';
import { LOGIN_ERROR, safeReturn } from './identity.types';
import { SessionService } from './session.service';

/**
 * /acceso — how to identify, in plain words: certificate (or DNIe), or a code by e-mail.
 * A refused certificate comes back here with `?error=<key>`, shown in the page's language.
 */
@Component({
  selector: 'sede-login-page',
  imports: [RouterLink, TPipe, FieldA11y, FieldError, FormProblem],
  providers: [FormErrors],
  templateUrl: './login-page.html',
  styleUrl: './identity.css',
})
export default class LoginPage {
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);
  protected readonly sessions = inject(SessionService);
  protected readonly errors = inject(FormErrors);
  protected readonly id = fieldId;

  /** Query parameters (component input binding). */
  readonly error = input<string>();
  readonly return = input<string>();

  protected readonly target = computed(() => safeReturn(this.return(), '/mi-cuenta'));
  protected readonly certificateUrl = computed(() => this.sessions.certificateUrl('citizen', this.target()));
  protected readonly refusal = computed(() => {
    const key = this.error();
    return key && LOGIN_ERROR.test(key) ? this.i18n.t(`errors:${key}`, { minutes: 15 }) : null;
  });

  protected readonly nif = signal('');
  protected readonly email = signal('');
  protected readonly code = signal('');
  protected readonly step = signal<'request' | 'verify'>('request');
  protected readonly sentMinutes = signal(10);
  protected readonly busy = signal(false);
  protected readonly general = signal<string | null>(null);

  constructor() {
    this.errors.declare(['nif', 'email', 'code']);
    void this.sessions.load().catch(() => undefined);
    if (this.error()) afterNextRender(() => this.document.getElementById('login-refusal')?.focus());
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected async requestCode(event: Event): Promise<void> {
    event.preventDefault();
    await this.run(async () => {
      const sent = await this.sessions.requestPin({ nif: this.nif().trim(), email: this.email().trim() });
      this.sentMinutes.set(sent.expiresInMinutes);
      this.step.set('verify');
      afterNextRender(() => this.document.getElementById('pin-sent')?.focus(), { injector: this.injector });
    });
  }

  protected async verifyCode(event: Event): Promise<void> {
    event.preventDefault();
    await this.run(async () => {
      await this.sessions.verifyPin({ nif: this.nif().trim(), code: this.code().trim() });
      await this.router.navigateByUrl(this.target());
    });
  }

  protected restart(): void {
    this.step.set('request');
    this.code.set('');
    this.errors.clear();
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.errors.clear();
    this.general.set(null);
    this.busy.set(true);
    try {
      await action();
    } catch (error) {
      const problem = problemOf(error);
      if (problem) this.errors.problem.set(problem);
      else this.general.set(this.i18n.t('identity:form.network'));
      afterNextRender(() => this.document.getElementById('pin-summary')?.focus(), { injector: this.injector });
    } finally {
      this.busy.set(false);
    }
  }
}
