import { HttpErrorResponse } from '@angular/common/http';
import { Component, ElementRef, Injector, afterNextRender, computed, effect, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { I18nService } from '../i18n/i18n.service';
import { TPipe } from '../i18n/t.pipe';
import { CalendarApi } from './calendar-api';
import type { CalendarYear, Motivo } from './calendar.types';
import { addDays, daysInMonth, formatIsoDate, isoOf, madridClock, weekdayIndex } from './madrid-date';

type LoadState = 'loading' | 'ready' | 'not-published' | 'error';

/**
 * The sede's calendar of días inhábiles (LPAC 31.3): one month at a time as a grid of days
 * (roving focus: arrows move by day and week, Page Up/Down by month, Home/End to the week's
 * ends), the reason of each día inhábil said when a day is chosen, the year's festivos as a
 * list, and the year as iCalendar and CSV.
 */
@Component({
  selector: 'sede-calendar-page',
  imports: [RouterLink, TPipe],
  templateUrl: './calendar-page.html',
  styleUrl: './calendar-page.css',
})
export default class CalendarPage {
  private readonly api = inject(CalendarApi);
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly today = madridClock(Date.now()).date;

  protected readonly year = signal(Number(this.today.slice(0, 4)));
  protected readonly month = signal(Number(this.today.slice(5, 7)) - 1);
  protected readonly focused = signal(this.today);
  protected readonly state = signal<LoadState>('loading');
  protected readonly data = signal<CalendarYear | null>(null);
  protected readonly range = signal<{ first: number; last: number } | null>(null);
  protected readonly detail = signal('');
  protected readonly lng = this.i18n.language;

  protected readonly weekdays = computed(() => [0, 1, 2, 3, 4, 5, 6].map((i) => ({
    short: this.i18n.t(`calendar:ui.weekdaysShort.${i}`), long: this.i18n.t(`calendar:time.weekdays.${i}`),
  })));
  protected readonly caption = computed(() => this.i18n.t('calendar:ui.monthCaption', { month: this.i18n.t(`calendar:ui.months.${this.month()}`), year: this.year() }));
  protected readonly motivos = computed(() => new Map((this.data()?.diasInhabiles ?? []).map((d) => [d.date, d.motivos])));
  protected readonly weeks = computed(() => {
    const y = this.year();
    const m = this.month();
    const first = isoOf(y, m, 1);
    const cells: (string | null)[] = Array.from({ length: weekdayIndex(first) }, () => null);
    for (let d = 1; d <= daysInMonth(y, m); d++) cells.push(isoOf(y, m, d));
    while (cells.length % 7) cells.push(null);
    return Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
  });
  protected readonly icsUrl = computed(() => `/api/calendar/${this.year()}.ics?lang=${this.lng() ?? 'es'}`);
  protected readonly csvUrl = computed(() => `/api/calendar/${this.year()}.csv?lang=${this.lng() ?? 'es'}`);

  constructor() {
    effect(() => void this.load(this.year()));
  }

  protected dayNumber(iso: string): number {
    return Number(iso.slice(8, 10));
  }

  protected isHoliday(iso: string): boolean {
    return (this.motivos().get(iso) ?? []).some((m) => m.kind === 'holiday');
  }

  protected isInhabil(iso: string): boolean {
    return this.motivos().has(iso) || (this.state() !== 'ready' && weekdayIndex(iso) >= 5);
  }

  protected dayText(iso: string): string {
    const params = { date: formatIsoDate(iso, this.lng()), weekday: this.i18n.t(`calendar:time.weekdays.${weekdayIndex(iso)}`) };
    const motivos = this.motivos().get(iso);
    if (!motivos) return this.i18n.t('calendar:ui.calendar.dayHabil', params);
    return this.i18n.t('calendar:ui.calendar.dayInhabil', { ...params, reasons: motivos.map((m) => this.reason(m)).join('; ') });
  }

  protected reason(m: Motivo): string {
    return m.kind === 'weekend' ? m.name : `${m.name} (${m.layerLabel.toLowerCase()})`;
  }

  protected formatDate(iso: string): string {
    return formatIsoDate(iso, this.lng());
  }

  protected choose(iso: string): void {
    this.focused.set(iso);
    this.detail.set(this.dayText(iso));
  }

  protected changeYear(delta: number): void {
    const year = this.year() + delta;
    this.year.set(year);
    this.focused.set(isoOf(year, this.month(), Math.min(this.dayNumber(this.focused()), daysInMonth(year, this.month()))));
  }

  protected changeMonth(delta: number, keepFocus = false): void {
    let m = this.month() + delta;
    let y = this.year();
    if (m < 0) { m = 11; y--; }
    if (m > 11) { m = 0; y++; }
    if (y !== this.year()) this.year.set(y);
    this.month.set(m);
    const day = Math.min(this.dayNumber(this.focused()), daysInMonth(y, m));
    this.focused.set(isoOf(y, m, day));
    if (keepFocus) this.focusDay();
  }

  protected onKey(event: KeyboardEvent): void {
    // From the day the grid has as focused (a key may arrive before the focus has moved).
    const iso = this.focused();
    const moves: Record<string, () => string> = {
      ArrowLeft: () => addDays(iso, -1), ArrowRight: () => addDays(iso, 1), ArrowUp: () => addDays(iso, -7), ArrowDown: () => addDays(iso, 7),
      Home: () => addDays(iso, -weekdayIndex(iso)), End: () => addDays(iso, 6 - weekdayIndex(iso)),
    };
    if (event.key === 'PageUp' || event.key === 'PageDown') {
      event.preventDefault();
      this.changeMonth(event.key === 'PageUp' ? -1 : 1, true);
      return;
    }
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const next = move();
    const [y, m] = [Number(next.slice(0, 4)), Number(next.slice(5, 7)) - 1];
    if (y !== this.year()) this.year.set(y);
    this.month.set(m);
    this.focused.set(next);
    this.focusDay();
  }

  private focusDay(): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(`[data-date="${this.focused()}"]`)?.focus(), { injector: this.injector });
  }

  private async load(year: number): Promise<void> {
    this.state.set('loading');
    try {
      const data = await this.api.year(year);
      if (year !== this.year()) return;
      this.data.set(data);
      this.range.set({ first: data.firstYear, last: data.lastYear });
      this.state.set('ready');
    } catch (error) {
      if (year !== this.year()) return;
      this.data.set(null);
      this.state.set(error instanceof HttpErrorResponse && error.status === 404 ? 'not-published' : 'error');
    }
  }
}
