import { Component, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { TPipe } from '../i18n/t.pipe';
import { AdminLogin } from './admin-login';
import { AdminSession } from './admin-session';

/** The admin pages for a Diputación admin's session, or the login form. */
@Component({
  selector: 'sede-admin-area',
  imports: [RouterOutlet, AdminLogin, TPipe],
  template: `
    @if (!session.loaded()) {
      <div class="container page"><p role="status">{{ 'identity:form.loading' | t }}</p></div>
    } @else if (session.signedIn()) {
      <router-outlet />
    } @else {
      <sede-admin-login />
    }
  `,
})
export default class AdminArea {
  protected readonly session = inject(AdminSession);
}
