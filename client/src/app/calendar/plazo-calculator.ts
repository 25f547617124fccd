import { Component, ElementRef, Injector, afterNextRender, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { problemMessage, problemOf } from '../api/problem';
import { I18nService } from '../i18n/i18n.service';
import { TPipe } from '../i18n/t.pipe';
import { CalendarApi } from './calendar-api';
import type { Motivo, PlazoResult, PlazoUnit } from './calendar.types';
import { formatIsoDate, madridClock, weekdayIndex } from './madrid-date';

/**
 * "¿Cuándo vence mi plazo?": anyone gives the date of the notification, the amount and the
 * unit; the sede answers with the vencimiento on its own calendar, the sentence that
 * explains it and the días inhábiles it skipped (POST /api/plazos, nothing stored).
 */
@Component({
  selector: 'sede-plazo-calculator',
  imports: [FormsModule, RouterLink, TPipe],
  templateUrl: './plazo-calculator.html',
  styleUrl: './plazo-calculator.css',
})
export default class PlazoCalculator {
  private readonly api = inject(CalendarApi);
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly units: PlazoUnit[] = ['habiles', 'naturales', 'meses', 'años'];
  protected notified = madridClock(Date.now()).date;
  protected amount = 10;
  protected unit: PlazoUnit = 'habiles';
  protected readonly busy = signal(false);
  protected readonly result = signal<PlazoResult | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly fieldErrors = signal<Record<string, string>>({});
  protected readonly skipped = computed(() => (this.result()?.steps ?? []).filter((s) => s.kind === 'skipped'));

  protected date(iso: string): string {
    return formatIsoDate(iso, this.i18n.language());
  }

  protected weekday(iso: string): string {
    return this.i18n.t(`calendar:time.weekdays.${weekdayIndex(iso)}`);
  }

  protected reasons(motivos: Motivo[] | undefined): string {
    return (motivos ?? []).map((m) => (m.kind === 'weekend' ? m.name : `${m.name} (${m.layerLabel.toLowerCase()})`)).join('; ');
  }

  protected async submit(): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    this.fieldErrors.set({});
    try {
      this.result.set(await this.api.plazo({ notified: this.notified, amount: Number(this.amount), unit: this.unit }));
      afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('#plazo-result')?.focus(), { injector: this.injector });
    } catch (e) {
      const problem = problemOf(e);
      this.result.set(null);
      this.error.set(problemMessage(problem) ?? this.i18n.t('calendar:ui.calculator.genericError'));
      this.fieldErrors.set(Object.fromEntries((problem?.errors ?? []).map((f) => [f.field, f.message])));
      afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('#plazo-error')?.focus(), { injector: this.injector });
    } finally {
      this.busy.set(false);
    }
  }
}
