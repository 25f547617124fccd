import { Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { SedeService } from '../api/sede.service';
import { localName } from '../api/sede.types';
import { I18nService } from '../i18n/i18n.service';
import { TPipe } from '../i18n/t.pipe';

/** Who runs this sede and how to reach them (address and contact from the tenant's branding). */
@Component({
  selector: 'sede-site-footer',
  imports: [RouterLink, TPipe],
  templateUrl: './site-footer.html',
  styleUrl: './site-footer.css',
})
export class SiteFooter {
  private readonly sede = inject(SedeService);
  private readonly i18n = inject(I18nService);

  protected readonly info = this.sede.info;
  protected readonly name = computed(() => {
    const info = this.sede.info();
    return info ? localName(info, this.i18n.language()) : '';
  });
  protected readonly branding = computed(() => this.sede.info()?.branding);
  protected readonly address = computed(() => this.branding()?.address ?? null);
  protected readonly cityLine = computed(() => {
    const a = this.address();
    if (!a) return '';
    const city = [a.postalCode, a.city].filter(Boolean).join(' ');
    return a.province && a.province !== a.city ? `${city} (${a.province})` : city;
  });
  /** tel: URI without spaces. */
  protected readonly phoneHref = computed(() => {
    const phone = this.branding()?.phone;
    return phone ? `tel:${phone.replace(/[^\d+]/g, '')}` : null;
  });
  protected readonly webLabel = computed(() => {
    const web = this.branding()?.web;
    return web ? web.replace(/^https?:\/\//, '').replace(/\/$/, '') : '';
  });
  protected readonly identifiers = computed(() => {
    const info = this.sede.info();
    return info?.kind === 'sede' ? { cif: info.cif, dir3: info.dir3 } : null;
  });
  protected readonly year = new Date().getFullYear();
}
