import { Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { SedeService } from '../api/sede.service';
import type { Language } from '../api/sede.types';
import { LANGUAGE_NAMES } from '../i18n/language-names';
import { I18nService } from '../i18n/i18n.service';
import { TPipe } from '../i18n/t.pipe';
import { CalendarApi } from './calendar-api';
import type { FestivoChange, Layer, StaffYear } from './calendar.types';
import { formatIsoDate, madridClock } from './madrid-date';
import { staffErrorMessage } from './staff-problem';

/**
 * Staff: the días inhábiles of a year by layer. Changes (add, remove, rename) are collected
 * and saved together; the API applies them in one transaction, all or none.
 */
@Component({
  selector: 'sede-staff-calendar',
  imports: [FormsModule, TPipe],
  templateUrl: './staff-calendar.html',
  styles: `
    .rows td { padding: 0.3rem 0.8rem 0.3rem 0; border-bottom: 1px solid var(--color-border); vertical-align: top; }
    .add { display: flex; flex-wrap: wrap; gap: var(--space-2); align-items: flex-end; }
    input[type='date'] { font: inherit; padding: 0.5rem; border: 1px solid var(--color-border-strong); border-radius: var(--radius-sm); }
  `,
})
export default class StaffCalendar {
  private readonly api = inject(CalendarApi);
  private readonly i18n = inject(I18nService);
  private readonly sede = inject(SedeService);

  protected readonly layers: Layer[] = ['national', 'autonomic', 'local'];
  protected readonly languages = computed<Language[]>(() => this.sede.info()?.languages ?? ['es']);
  protected readonly year = signal(Number(madridClock(Date.now()).date.slice(0, 4)));
  protected readonly data = signal<StaffYear | null>(null);
  protected readonly pending = signal<FestivoChange[]>([]);
  protected readonly message = signal<{ kind: 'success' | 'error'; text: string } | null>(null);
  protected draft = { date: '', layer: 'local' as Layer, names: {} as Partial<Record<Language, string>> };

  constructor() {
    void this.load();
  }

  protected languageLabel(l: Language): string {
    return LANGUAGE_NAMES[l];
  }

  protected date(iso: string): string {
    return formatIsoDate(iso, this.i18n.language());
  }

  protected describe(c: FestivoChange): string {
    const params = { date: this.date(c.date), layer: this.i18n.t(`calendar:layers.${c.layer}`), name: 'names' in c ? Object.values(c.names).join(' / ') : '' };
    return this.i18n.t(`calendar:ui.staff.op${c.op === 'add' ? 'Add' : c.op === 'remove' ? 'Remove' : 'Rename'}`, params);
  }

  protected async changeYear(delta: number): Promise<void> {
    this.year.update((y) => y + delta);
    this.pending.set([]);
    await this.load();
  }

  protected addDraft(): void {
    this.pending.update((p) => [...p, { op: 'add', date: this.draft.date, layer: this.draft.layer, names: { ...this.draft.names } }]);
    this.draft = { date: '', layer: this.draft.layer, names: {} };
  }

  protected remove(f: StaffYear['festivos'][number]): void {
    this.pending.update((p) => [...p, { op: 'remove', date: f.date, layer: f.layer }]);
  }

  protected rename(f: StaffYear['festivos'][number]): void {
    const names: Partial<Record<Language, string>> = {};
    for (const l of this.languages()) {
      const value = globalThis.prompt?.(this.i18n.t('calendar:ui.staff.nameIn', { language: LANGUAGE_NAMES[l] }), f.names[l] ?? '');
      if (value === null || value === undefined) return;
      names[l] = value;
    }
    this.pending.update((p) => [...p, { op: 'rename', date: f.date, layer: f.layer, names }]);
  }

  protected discard(): void {
    this.pending.set([]);
  }

  protected async save(): Promise<void> {
    try {
      await this.api.edit(this.pending());
      this.pending.set([]);
      this.message.set({ kind: 'success', text: this.i18n.t('calendar:ui.staff.saved') });
      await this.load();
    } catch (e) {
      this.message.set({ kind: 'error', text: staffErrorMessage(e, this.i18n) });
    }
  }

  protected async seed(): Promise<void> {
    try {
      await this.api.seed(this.year());
      this.message.set({ kind: 'success', text: this.i18n.t('calendar:ui.staff.saved') });
      await this.load();
    } catch (e) {
      this.message.set({ kind: 'error', text: staffErrorMessage(e, this.i18n) });
    }
  }

  private async load(): Promise<void> {
    try {
      this.data.set(await this.api.staffYear(this.year()));
    } catch (e) {
      this.data.set(null);
      this.message.set({ kind: 'error', text: staffErrorMessage(e, this.i18n) });
    }
  }
}
