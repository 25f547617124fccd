import { Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { SedeService } from '../api/sede.service';
import type { Language } from '../api/sede.types';
import { LANGUAGE_NAMES } from '../i18n/language-names';
import { I18nService } from '../i18n/i18n.service';
import { TPipe } from '../i18n/t.pipe';
import { CalendarApi } from './calendar-api';
import type { InterruptionView } from './calendar.types';
import { madridWallToIso } from './madrid-date';
import { staffErrorMessage } from './staff-problem';

/**
 * Staff: announce a planned interruption or record an unplanned one (times on the sede's
 * official clock), set its end, and after an unplanned one extend the unexpired plazos
 * (LPAC 32.4); the public list shows both.
 */
@Component({
  selector: 'sede-staff-interruptions',
  imports: [FormsModule, TPipe],
  templateUrl: './staff-interruptions.html',
  styles: `
    .item { border-top: 1px solid var(--color-border); padding-block: var(--space-2); }
    input[type='datetime-local'], input[type='date'], input[type='number'] { font: inherit; padding: 0.5rem; border: 1px solid var(--color-border-strong); border-radius: var(--radius-sm); }
  `,
})
export default class StaffInterruptions {
  private readonly api = inject(CalendarApi);
  private readonly i18n = inject(I18nService);
  private readonly sede = inject(SedeService);

  protected readonly languages = computed<Language[]>(() => this.sede.info()?.languages ?? ['es']);
  protected readonly names = LANGUAGE_NAMES;
  protected readonly items = signal<InterruptionView[]>([]);
  protected readonly message = signal<{ kind: 'success' | 'error'; text: string } | null>(null);
  protected draft = { kind: 'unplanned' as 'planned' | 'unplanned', startsAt: '', endsAt: '', descriptions: {} as Partial<Record<Language, string>> };
  protected ends: Record<number, string> = {};
  protected extension: Record<number, { amount: number; unit: 'habiles' | 'naturales'; affectedTo: string; reasons: Partial<Record<Language, string>> }> = {};

  constructor() {
    void this.load();
  }

  protected extensionDraft(id: number) {
    return (this.extension[id] ??= { amount: 1, unit: 'habiles', affectedTo: '', reasons: {} });
  }

  protected async record(): Promise<void> {
    await this.run(() => this.api.recordInterruption({
      kind: this.draft.kind, startsAt: madridWallToIso(this.draft.startsAt),
      endsAt: this.draft.endsAt ? madridWallToIso(this.draft.endsAt) : null, descriptions: this.draft.descriptions,
    }));
  }

  protected async end(id: number): Promise<void> {
    if (this.ends[id]) await this.run(() => this.api.endInterruption(id, madridWallToIso(this.ends[id])));
  }

  protected async extend(id: number): Promise<void> {
    const x = this.extensionDraft(id);
    await this.run(() => this.api.extend(id, { amount: Number(x.amount), unit: x.unit, reasons: x.reasons, ...(x.affectedTo ? { affectedTo: x.affectedTo } : {}) }));
  }

  private async run(call: () => Promise<unknown>): Promise<void> {
    try {
      await call();
      this.message.set({ kind: 'success', text: this.i18n.t('calendar:ui.staff.saved') });
      await this.load();
    } catch (e) {
      this.message.set({ kind: 'error', text: staffErrorMessage(e, this.i18n) });
    }
  }

  private async load(): Promise<void> {
    try {
      this.items.set((await this.api.interruptions()).items);
    } catch (e) {
      this.message.set({ kind: 'error', text: staffErrorMessage(e, this.i18n) });
    }
  }
}
