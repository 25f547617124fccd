import { Component, DestroyRef, inject } from '@angular/core';
import { PasswordLoginForm } from '../identity/password-login-form';
import { TPipe } from '../i18n/t.pipe';
import { I18nTitleStrategy } from '../shell/title.strategy';
import { AdminSession } from './admin-session';

/** Login of the Diputación's administration: user name, password and TOTP code. */
@Component({
  selector: 'sede-admin-login',
  imports: [TPipe, PasswordLoginForm],
  template: `
    <div class="container page narrow">
      <h1>{{ 'identity:admin.title' | t }}</h1>
      <p>{{ 'identity:admin.intro' | t }}</p>
      @if (session.rejected()) {
        <p class="message message-warning" role="status">{{ 'identity:admin.ended' | t }}</p>
      }
      <sede-password-login (done)="session.signedInNow()" />
    </div>
  `,
})
export class AdminLogin {
  protected readonly session = inject(AdminSession);

  constructor() {
    // Whatever admin page was asked for, this is the page now.
    const release = inject(I18nTitleStrategy).override('identity:admin.title');
    inject(DestroyRef).onDestroy(release);
  }
}
