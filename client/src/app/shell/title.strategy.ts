import { Injectable, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { TitleStrategy, type RouterStateSnapshot } from '@angular/router';
import { SedeService } from '../api/sede.service';
import { localName } from '../api/sede.types';
import { I18nService } from '../i18n/i18n.service';

/**
 * Route `title`s are locale keys (`home:title`). The document title is
 * "<page> · <sede name>", in the page's language, and is rebuilt on a language switch.
 */
@Injectable({ providedIn: 'root' })
export class I18nTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly i18n = inject(I18nService);
  private readonly sede = inject(SedeService);
  private routeKey: string | undefined;
  private overriding: { key: string } | null = null;

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.routeKey = this.buildTitle(snapshot);
    this.refresh();
  }

  /**
   * For a page shown in place of the routed one (e.g. the admin token form). Returns the
   * function that gives the title back to the route (a no-op once another page took over).
   */
  override(key: string): () => void {
    const entry = { key };
    this.overriding = entry;
    this.refresh();
    return () => {
      if (this.overriding !== entry) return;
      this.overriding = null;
      this.refresh();
    };
  }

  refresh(): void {
    const info = this.sede.info();
    const site = info ? localName(info, this.i18n.language()) : this.i18n.t('shell:site.fallbackName');
    const state = this.sede.state();
    const hostError = state === 'unknown-host' ? 'shell:hostError.unknownTitle' : state === 'unavailable' ? 'shell:hostError.unavailableTitle' : null;
    const key = hostError ?? this.overriding?.key ?? this.routeKey;
    const page = key ? this.i18n.t(key) : '';
    this.title.setTitle(page ? this.i18n.t('shell:site.documentTitle', { page, site }) : site);
  }
}
