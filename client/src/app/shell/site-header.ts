import { Component, computed, inject } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { SedeService } from '../api/sede.service';
import { localName } from '../api/sede.types';
import { SEDE_SECTIONS } from '../home/sections';
import { I18nService } from '../i18n/i18n.service';
import { TPipe } from '../i18n/t.pipe';
import { OfficialClockView } from '../calendar/official-clock';
import { SessionLink } from '../identity/session-link';
import { LanguageSwitcher } from './language-switcher';

interface NavItem {
  path: string;
  /** Key under `shell:nav.*`. */
  key: string;
  exact: boolean;
}

@Component({
  selector: 'sede-site-header',
  imports: [RouterLink, RouterLinkActive, TPipe, LanguageSwitcher, OfficialClockView, SessionLink],
  templateUrl: './site-header.html',
  styleUrl: './site-header.css',
})
export class SiteHeader {
  private readonly sede = inject(SedeService);
  private readonly i18n = inject(I18nService);

  protected readonly isPortal = this.sede.isPortal;
  protected readonly name = computed(() => {
    const info = this.sede.info();
    return info ? localName(info, this.i18n.language()) : '';
  });
  protected readonly phone = computed(() => this.sede.info()?.branding?.phone ?? null);
  protected readonly logoUrl = computed(() => this.sede.info()?.branding?.logoUrl ?? null);
  protected readonly nav = computed<NavItem[]>(() =>
    this.isPortal()
      ? [
          { path: '/', key: 'sedes', exact: true },
          { path: '/verificacion', key: 'verification', exact: false },
          { path: '/admin', key: 'admin', exact: false },
        ]
      : [
          { path: '/', key: 'home', exact: true },
          ...SEDE_SECTIONS.filter((s) => s.inNav).map((s) => ({ path: `/${s.path}`, key: s.key, exact: false })),
        ],
  );
}
