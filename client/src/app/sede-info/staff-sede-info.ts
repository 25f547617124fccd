import { HttpClient } from '@angular/common/http';
import { Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { firstValueFrom } from 'rxjs';
import type { Language } from '../api/sede.types';
import { CalendarApi } from '../calendar/calendar-api';
import { staffErrorMessage } from '../calendar/staff-problem';
import { LANGUAGE_NAMES } from '../i18n/language-names';
import { I18nService } from '../i18n/i18n.service';
import { TPipe } from '../i18n/t.pipe';
import type { SedeInfoPageView } from './sede-info.types';

/** Staff (admin): the ayuntamiento's own text of each section of the information page, per language. */
@Component({
  selector: 'sede-staff-sede-info',
  imports: [FormsModule, TPipe],
  template: `
    <div class="container page narrow">
      <h1>{{ 'calendar:ui.staff.infoTitle' | t }}</h1>
      <p>{{ 'calendar:ui.staff.infoIntro' | t }}</p>
      @if (message(); as m) {
        <p class="message" [class.message-success]="m.kind === 'success'" [class.message-error]="m.kind === 'error'" role="status">{{ m.text }}</p>
      }
      @if (page(); as p) {
        @for (s of p.sections; track s.key) {
          <form class="stack section" (ngSubmit)="save(s.key)">
            <h2>{{ s.title }}</h2>
            @for (l of p.languages; track l) {
              <div class="field">
                <label [for]="s.key + '-' + l">{{ 'calendar:ui.staff.textIn' | t: { language: names[l] } }}</label>
                <textarea [id]="s.key + '-' + l" [name]="s.key + '-' + l" [attr.lang]="l" rows="4" [(ngModel)]="drafts[s.key][l]"></textarea>
              </div>
            }
            <button type="submit" class="button button-secondary">{{ 'calendar:ui.staff.saveSection' | t }}</button>
          </form>
        }
      }
    </div>
  `,
  styles: `.section { border-top: 1px solid var(--color-border); padding-block: var(--space-2); }`,
})
export default class StaffSedeInfo {
  private readonly http = inject(HttpClient);
  private readonly api = inject(CalendarApi);
  private readonly i18n = inject(I18nService);
  protected readonly names = LANGUAGE_NAMES;
  protected readonly page = signal<SedeInfoPageView | null>(null);
  protected readonly message = signal<{ kind: 'success' | 'error'; text: string } | null>(null);
  protected drafts: Record<string, Partial<Record<Language, string>>> = {};

  constructor() {
    void this.load();
  }

  protected async save(section: string): Promise<void> {
    const texts = Object.fromEntries((this.page()?.languages ?? []).map((l) => [l, this.drafts[section]?.[l]?.trim() || null]));
    try {
      await firstValueFrom(this.http.put(`/api/staff/sede-info/texts/${section}`, { texts }, { headers: this.api.csrf() }));
      this.message.set({ kind: 'success', text: this.i18n.t('calendar:ui.staff.saved') });
      await this.load();
    } catch (e) {
      this.message.set({ kind: 'error', text: staffErrorMessage(e, this.i18n) });
    }
  }

  private async load(): Promise<void> {
    const page = await firstValueFrom(this.http.get<SedeInfoPageView>('/api/sede-info'));
    this.drafts = Object.fromEntries(page.sections.map((s) => [s.key, { ...s.texts }]));
    this.page.set(page);
  }
}
