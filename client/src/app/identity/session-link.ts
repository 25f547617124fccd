import { Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { SedeService } from '../api/sede.service';
import { TPipe } from '../i18n/t.pipe';
import { SessionService } from './session.service';

/** In the header of a sede: "Identificarse", or "Mi cuenta" with the person's name. */
@Component({
  selector: 'sede-session-link',
  imports: [RouterLink, TPipe],
  template: `
    @if (isSede()) {
      @if (user(); as user) {
        <a class="session-link" [routerLink]="user.kind === 'staff' ? '/personal' : '/mi-cuenta'">
          {{ 'shell:session.account' | t }}<span class="visually-hidden">: </span><span class="who"> · {{ user.fullName }}</span>
        </a>
      } @else {
        <a class="session-link" routerLink="/acceso">{{ 'shell:session.login' | t }}</a>
      }
    }
  `,
  styles: `
    .session-link { color: inherit; font-weight: 700; }
    @media (max-width: 40rem) { .who { display: none; } }
  `,
})
export class SessionLink {
  private readonly sessions = inject(SessionService);
  protected readonly isSede = inject(SedeService).isSede;
  protected readonly user = this.sessions.user;

  constructor() {
    if (this.isSede()) void this.sessions.load().catch(() => undefined);
  }
}
