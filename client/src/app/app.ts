import { DOCUMENT } from '@angular/common';
import { Component, Injector, afterNextRender, computed, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterOutlet } from '@angular/router';
import { filter, skip } from 'rxjs';
import { SedeService } from './api/sede.service';
import { I18nService } from './i18n/i18n.service';
import { TPipe } from './i18n/t.pipe';
import { SiteFooter } from './shell/site-footer';
import { SiteHeader } from './shell/site-header';

/**
 * The shell. Everything inside is rebuilt when the language changes (the `@for` keyed on it),
 * so every `| t` is evaluated again in the new language.
 */
@Component({
  selector: 'sede-root',
  imports: [RouterOutlet, SiteHeader, SiteFooter, TPipe],
  templateUrl: './app.html',
})
export class App {
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  protected readonly sede = inject(SedeService);
  protected readonly i18n = inject(I18nService);
  /** One entry per language shown: changing it re-creates the whole page. */
  protected readonly renderKey = computed(() => {
    const lng = this.i18n.language();
    return lng ? [lng] : [];
  });

  constructor() {
    // After an in-app navigation, move focus to the new page's heading so screen readers
    // announce it (the first load keeps the browser's default focus).
    inject(Router)
      .events.pipe(
        filter((e) => e instanceof NavigationEnd),
        skip(1),
        takeUntilDestroyed(),
      )
      .subscribe(() => afterNextRender(() => this.focusPage(), { injector: this.injector }));
  }

  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.focus(this.document.getElementById('main'));
  }

  private focusPage(): void {
    const main = this.document.getElementById('main');
    this.focus(main?.querySelector<HTMLElement>('[data-autofocus]') ?? main?.querySelector<HTMLElement>('h1') ?? main);
  }

  private focus(element: HTMLElement | null | undefined): void {
    if (!element) return;
    if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
    element.focus();
  }
}
