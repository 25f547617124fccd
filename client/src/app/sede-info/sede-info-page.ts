import { HttpClient } from '@angular/common/http';
import { Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { formatIsoDate } from '../calendar/madrid-date';
import { I18nService } from '../i18n/i18n.service';
import { TPipe } from '../i18n/t.pipe';
import type { SedeInfoPageView } from './sede-info.types';

/**
 * The sede's mandatory information (RD 203/2021 art. 11; Ley 40/2015 art. 38): one section
 * per item, with its text (the ayuntamiento's own, or the default) and its data.
 */
@Component({
  selector: 'sede-info-page',
  imports: [RouterLink, TPipe],
  templateUrl: './sede-info-page.html',
  styleUrl: './sede-info-page.css',
})
export default class SedeInfoPage {
  private readonly http = inject(HttpClient);
  private readonly i18n = inject(I18nService);
  protected readonly page = signal<SedeInfoPageView | null>(null);
  protected readonly failed = signal(false);

  constructor() {
    firstValueFrom(this.http.get<SedeInfoPageView>('/api/sede-info')).then((p) => this.page.set(p), () => this.failed.set(true));
  }

  protected paragraphs(text: string): string[] {
    return text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  }

  protected date(instant: string): string {
    return formatIsoDate(instant.slice(0, 10), this.i18n.language());
  }
}
