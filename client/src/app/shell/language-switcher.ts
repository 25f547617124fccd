import { DOCUMENT } from '@angular/common';
import { ApplicationRef, Component, afterNextRender, inject, signal } from '@angular/core';
import type { Language } from '../api/sede.types';
import { I18nService } from '../i18n/i18n.service';
import { LANGUAGE_NAMES } from '../i18n/language-names';
import { TPipe } from '../i18n/t.pipe';
import { I18nTitleStrategy } from './title.strategy';

/** The sede's languages, each named in itself; the current one is pressed. */
@Component({
  selector: 'sede-language-switcher',
  imports: [TPipe],
  template: `
    @if (i18n.languages().length > 1) {
      <div class="switcher" role="group" aria-labelledby="lang-label">
        <span id="lang-label" class="label">{{ 'shell:language.label' | t }}</span>
        @for (lng of i18n.languages(); track lng) {
          <button
            type="button"
            [id]="'lang-' + lng"
            [attr.lang]="lng"
            [attr.aria-pressed]="lng === i18n.language()"
            [disabled]="busy()"
            (click)="choose(lng)"
          >{{ names[lng] }}</button>
        }
      </div>
    }
  `,
  styleUrl: './language-switcher.css',
})
export class LanguageSwitcher {
  private readonly document = inject(DOCUMENT);
  private readonly appRef = inject(ApplicationRef);
  private readonly title = inject(I18nTitleStrategy);
  protected readonly i18n = inject(I18nService);
  protected readonly names = LANGUAGE_NAMES;
  protected readonly busy = signal(false);

  protected async choose(lng: Language): Promise<void> {
    if (lng === this.i18n.language()) return;
    this.busy.set(true);
    try {
      await this.i18n.choose(lng);
    } finally {
      this.busy.set(false);
    }
    this.title.refresh();
    // The page is rebuilt in the new language (this component too): keep the focus here.
    afterNextRender(() => this.document.getElementById(`lang-${lng}`)?.focus(), { injector: this.appRef.injector });
  }
}
