import { DOCUMENT } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import { Component, Injector, afterNextRender, computed, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { problemOf } from '../api/problem';
import { FieldA11y, FieldError } from '../admin/field';
import { FormErrors, fieldId } from '../admin/form-errors';
import { I18nService } from '../i18n/i18n.service';
import { TPipe } from '../i18n/t.pipe';
import { AccessSummary } from './access-summary';
import { FormProblem } from './form-problem';
import type { AccountView } from './identity.types';
import { SessionService } from './session.service';

/** /mi-cuenta — who I am here, how I logged in, my previous access, and my address for PIN access. */
@Component({
  selector: 'sede-account-page',
  imports: [RouterLink, TPipe, AccessSummary, FieldA11y, FieldError, FormProblem],
  providers: [FormErrors],
  templateUrl: './account-page.html',
  styleUrl: './identity.css',
})
export default class AccountPage {
  private readonly http = inject(HttpClient);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);
  protected readonly sessions = inject(SessionService);
  protected readonly errors = inject(FormErrors);
  protected readonly id = fieldId;

  protected readonly account = signal<AccountView | null>(null);
  protected readonly isCitizen = computed(() => this.sessions.user()?.kind === 'citizen');
  protected readonly canRegister = computed(() => {
    const level = this.sessions.session()?.auth?.levelOfAssurance;
    return level === 'alto' || level === 'sustancial';
  });
  protected readonly email = signal('');
  protected readonly code = signal('');
  protected readonly pending = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly general = signal<string | null>(null);

  constructor() {
    this.errors.declare(['email', 'code']);
    void this.sessions.load(true).then(async (s) => {
      if (s.user?.kind === 'citizen') this.account.set(await firstValueFrom(this.http.get<AccountView>('/api/account')));
    }).catch(() => undefined);
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected async register(event: Event): Promise<void> {
    event.preventDefault();
    const email = this.email().trim();
    await this.run(async () => {
      await firstValueFrom(this.http.post('/api/account/email', { email }));
      this.pending.set(email.toLowerCase());
      this.say('identity:account.email.sent', { email: email.toLowerCase() });
    });
  }

  protected async confirm(event: Event): Promise<void> {
    event.preventDefault();
    await this.run(async () => {
      this.account.set(await firstValueFrom(this.http.post<AccountView>('/api/account/email/confirm', { code: this.code().trim() })));
      this.pending.set(null);
      this.code.set('');
      this.say('identity:account.email.confirmed');
    });
  }

  protected async remove(): Promise<void> {
    await this.run(async () => {
      this.account.set(await firstValueFrom(this.http.delete<AccountView>('/api/account/email')));
      this.say('identity:account.email.removed');
    });
  }

  protected async logout(): Promise<void> {
    await this.sessions.logout();
    await this.router.navigate(['/acceso']);
  }

  private say(key: string, params?: Record<string, unknown>): void {
    this.notice.set(this.i18n.t(key, params));
    afterNextRender(() => this.document.getElementById('account-notice')?.focus(), { injector: this.injector });
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.errors.clear();
    this.general.set(null);
    this.notice.set(null);
    this.busy.set(true);
    try {
      await action();
    } catch (error) {
      const problem = problemOf(error);
      if (problem) this.errors.problem.set(problem);
      else this.general.set(this.i18n.t('identity:form.network'));
      afterNextRender(() => this.document.getElementById('email-summary')?.focus(), { injector: this.injector });
    } finally {
      this.busy.set(false);
    }
  }
}
