import { Component, DestroyRef, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute } from '@angular/router';
import { map } from 'rxjs';
import { I18nService } from '../i18n/i18n.service';
import { LOGIN_ERROR } from '../identity/identity.types';
import { PasswordLoginForm } from '../identity/password-login-form';
import { SessionService } from '../identity/session.service';
import { TPipe } from '../i18n/t.pipe';
import { I18nTitleStrategy } from '../shell/title.strategy';
import { AdminSession } from './admin-session';

/** Login of the Diputación's administration: user name, password and TOTP code, or a certificate. */
@Component({
  selector: 'sede-admin-login',
  imports: [TPipe, PasswordLoginForm],
  template: `
    <div class="container page narrow">
      <h1>{{ 'identity:admin.title' | t }}</h1>
      <p>{{ 'identity:admin.intro' | t }}</p>
      @if (refusal(); as text) {
        <div class="error-summary" tabindex="-1" role="alert" aria-labelledby="admin-refusal-title">
          <h2 id="admin-refusal-title">{{ 'identity:login.refusedTitle' | t }}</h2>
          <p>{{ text }}</p>
        </div>
      }
      @if (session.rejected()) {
        <p class="message message-warning" role="status">{{ 'identity:admin.ended' | t }}</p>
      }
      <sede-password-login (done)="session.signedInNow()" />
      <p><a class="button button-secondary" [href]="certificateUrl">{{ 'identity:admin.certificate' | t }}</a></p>
    </div>
  `,
})
export class AdminLogin {
  private readonly i18n = inject(I18nService);
  protected readonly session = inject(AdminSession);
  protected readonly certificateUrl = inject(SessionService).certificateUrl('staff', '/admin');
  private readonly error = toSignal(inject(ActivatedRoute).queryParamMap.pipe(map((q) => q.get('error'))));
  protected readonly refusal = computed(() => {
    const key = this.error();
    return key && LOGIN_ERROR.test(key) ? this.i18n.t(`errors:${key}`, { minutes: 15 }) : null;
  });

  constructor() {
    // Whatever admin page was asked for, this is the page now.
    const release = inject(I18nTitleStrategy).override('identity:admin.title');
    inject(DestroyRef).onDestroy(release);
  }
}
