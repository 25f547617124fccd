import { DOCUMENT } from '@angular/common';
import { Component, Injector, afterNextRender, computed, inject, input } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { I18nService } from '../i18n/i18n.service';
import { TPipe } from '../i18n/t.pipe';
import { AccessSummary } from './access-summary';
import { LOGIN_ERROR, safeReturn, type SessionView } from './identity.types';
import { PasswordLoginForm } from './password-login-form';
import { SessionService } from './session.service';

/** /personal — staff of the ayuntamiento: public-employee certificate, or password + TOTP. */
@Component({
  selector: 'sede-staff-login',
  imports: [RouterLink, TPipe, AccessSummary, PasswordLoginForm],
  styleUrl: './identity.css',
  template: `
    <div class="container page">
      <h1>{{ 'identity:staff.title' | t }}</h1>
      @if (refusal(); as text) {
        <div class="error-summary" id="login-refusal" tabindex="-1" role="alert" aria-labelledby="staff-refusal-title">
          <h2 id="staff-refusal-title">{{ 'identity:login.refusedTitle' | t }}</h2>
          <p>{{ text }}</p>
        </div>
      }
      @if (staffSession(); as session) {
        <div class="narrow">
          <sede-access-summary [session]="session" />
          <p class="actions">
            <a class="button" routerLink="/gestion/informacion">{{ 'identity:staff.manage' | t }}</a>
            <button type="button" class="button button-secondary" (click)="logout()">{{ 'identity:account.logout' | t }}</button>
          </p>
        </div>
      } @else {
        <p class="intro">{{ 'identity:staff.intro' | t }}</p>
        <div class="login-options">
          <section class="login-option" aria-labelledby="staff-cert-title">
            <h2 id="staff-cert-title">{{ 'identity:staff.certificateTitle' | t }}</h2>
            <p>{{ 'identity:staff.certificateExplain' | t }}</p>
            <p><a class="button" [href]="certificateUrl()">{{ 'identity:staff.certificate' | t }}</a></p>
          </section>
          <section class="login-option">
            <sede-password-login (done)="loggedIn($event)" />
          </section>
        </div>
      }
    </div>
  `,
})
export default class StaffLogin {
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);
  private readonly sessions = inject(SessionService);
  readonly error = input<string>();
  readonly return = input<string>();

  protected readonly certificateUrl = computed(() => this.sessions.certificateUrl('staff', safeReturn(this.return(), '/personal')));
  protected readonly staffSession = computed(() => {
    const s = this.sessions.session();
    return s?.user?.kind === 'staff' ? s : null;
  });
  protected readonly refusal = computed(() => {
    const key = this.error();
    return key && LOGIN_ERROR.test(key) ? this.i18n.t(`errors:${key}`, { minutes: 15 }) : null;
  });

  constructor() {
    void this.sessions.load(true).catch(() => undefined);
    if (this.error()) afterNextRender(() => this.document.getElementById('login-refusal')?.focus());
  }

  protected async loggedIn(_session: SessionView): Promise<void> {
    const target = safeReturn(this.return(), '/personal');
    if (target !== '/personal') await this.router.navigateByUrl(target);
    else afterNextRender(() => this.document.querySelector<HTMLElement>('#main h1, h1')?.focus(), { injector: this.injector });
  }

  protected async logout(): Promise<void> {
    await this.sessions.logout();
  }
}
