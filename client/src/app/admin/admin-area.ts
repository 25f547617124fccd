import { Component, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { AdminSession } from './admin-session';
import { TokenForm } from './token-form';

/** The admin pages, or the token form while there is no (valid) platform admin token. */
@Component({
  selector: 'sede-admin-area',
  imports: [RouterOutlet, TokenForm],
  template: `
    @if (session.token()) {
      <router-outlet />
    } @else {
      <sede-token-form />
    }
  `,
})
export default class AdminArea {
  protected readonly session = inject(AdminSession);
}
