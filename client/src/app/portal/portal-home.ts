import { httpResource } from '@angular/common/http';
import { Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ItemList, SedeSummary } from '../api/sede.types';
import { localName } from '../api/sede.types';
import { I18nService } from '../i18n/i18n.service';
import { LANGUAGE_NAMES } from '../i18n/language-names';
import { TPipe } from '../i18n/t.pipe';
import { parseHex } from '../shell/contrast';

@Component({
  selector: 'sede-portal-home',
  imports: [RouterLink, TPipe],
  templateUrl: './portal-home.html',
  styleUrl: './portal-home.css',
})
export default class PortalHome {
  private readonly i18n = inject(I18nService);
  protected readonly languageNames = LANGUAGE_NAMES;
  protected readonly sedes = httpResource<ItemList<SedeSummary>>(() => '/api/sedes');

  protected readonly cards = computed(() => {
    const lng = this.i18n.language();
    const items = this.sedes.hasValue() ? (this.sedes.value()?.items ?? []) : [];
    return items
      .map((item) => ({
        slug: item.slug,
        name: localName(item, lng),
        url: item.url,
        host: hostOf(item.url),
        languages: item.languages,
        // Only a well-formed colour reaches the style attribute; else the theme's default.
        accent: parseHex(item.branding?.primaryColor) ? item.branding.primaryColor : null,
      }))
      .sort((a, b) => a.name.localeCompare(b.name, lng ?? 'es'));
  });
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
