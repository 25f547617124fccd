import { isLanguage, type Language } from '../i18n/languages.ts';
import { CalendarError } from './calendar.errors.ts';
import {
  formatIsoDate, fromDayNumber, isoWeekday, isValidCivilDate, parseIsoDate, toDayNumber,
  type DayNumber, type IsoDate,
} from './civil-date.ts';
import type { FestivoNames, HolidayLayer, MotivoInhabil, RuleRef, SkippedStep } from './plazo-steps.ts';

export type { FestivoNames, HolidayLayer, MotivoInhabil } from './plazo-steps.ts';

/**
 * The calendar of a sede (LPAC 30.2, 30.7, 31.3): Saturdays and Sundays are always
 * inhábiles, plus the festivos of three layers — national, autonomic (both from the
 * official calendars) and local (the two days of each ayuntamiento). Each día inhábil
 * keeps every reason it has (25 Jul 2026 is a Saturday *and* Santiago in País Vasco).
 *
 * A festivo is one shape everywhere — the engine, the tenant's `dias_inhabiles` rows and
 * the API: a date, a layer and its name in each language of the sede (`names`).
 *
 * A calendar covers whole years, firstYear..lastYear, and refuses to answer outside them
 * (year_not_covered): a year without its festivos would give a plausible but wrong date.
 *
 * Everything a plazo needs is precomputed once, by day index from 1 Jan of firstYear:
 * a flag per day, the rank of each day among the hábiles and among the inhábiles, the
 * sorted hábil day numbers, the ISO strings and the "skipped day" step objects. Counting
 * N días hábiles is then two array reads.
 */
export interface Festivo {
  readonly date: IsoDate;
  readonly layer: HolidayLayer;
  /** Its name in one or more languages ({ es: 'San José', eu: 'San Jose eguna' }). */
  readonly names: FestivoNames;
}

/** The name to show in `lng`: that language, else the first fallback that has one, else any. */
export function festivoName(names: FestivoNames, lng: Language, ...fallbacks: Language[]): string {
  for (const l of [lng, ...fallbacks]) if (names[l]) return names[l]!;
  return Object.values(names).find((n) => !!n) ?? '';
}

/** Names checked and trimmed: at least one, languages only, none blank. Undefined if not. */
export function cleanNames(names: unknown): FestivoNames | undefined {
  if (typeof names !== 'object' || names === null || Array.isArray(names)) return undefined;
  const out: Partial<Record<Language, string>> = {};
  for (const [k, v] of Object.entries(names)) {
    if (v === undefined) continue;
    if (!isLanguage(k) || typeof v !== 'string' || v.trim() === '') return undefined;
    out[k] = v.trim();
  }
  return Object.keys(out).length > 0 ? Object.freeze(out) : undefined;
}

export interface DiaInhabil {
  readonly date: IsoDate;
  readonly motivos: readonly MotivoInhabil[];
}

export interface CalendarInput {
  readonly firstYear: number;
  readonly lastYear: number;
  readonly festivos: readonly Festivo[];
}

const LAYERS: readonly HolidayLayer[] = ['national', 'autonomic', 'local'];
const SATURDAY: MotivoInhabil = Object.freeze({ kind: 'weekend', weekday: 'saturday' });
const SUNDAY: MotivoInhabil = Object.freeze({ kind: 'weekend', weekday: 'sunday' });
const NO_MOTIVOS: readonly MotivoInhabil[] = Object.freeze([]);
const MAX_YEARS = 60;

export class Calendar {
  readonly firstYear: number;
  readonly lastYear: number;
  /** Day numbers of 1 Jan firstYear and 31 Dec lastYear. */
  readonly firstDay: DayNumber;
  readonly lastDay: DayNumber;
  /** The festivos it was built from, sorted by date then layer. */
  readonly festivos: readonly Festivo[];

  readonly #inhabil: Uint8Array;
  /** #habilRank[i] = number of hábiles in [firstDay, firstDay + i). Length days + 1. */
  readonly #habilRank: Int32Array;
  readonly #habiles: Int32Array;
  readonly #inhabilRank: Int32Array;
  readonly #inhabiles: Int32Array;
  readonly #motivos: (readonly MotivoInhabil[])[];
  readonly #iso: string[];
  readonly #skippedByRule = new Map<RuleRef, readonly SkippedStep[]>();

  constructor(input: CalendarInput) {
    const { firstYear, lastYear } = input;
    if (!isValidCivilDate(firstYear, 1, 1) || !isValidCivilDate(lastYear, 1, 1) || lastYear < firstYear || lastYear - firstYear >= MAX_YEARS) {
      throw new CalendarError('invalid_calendar', { firstYear: String(firstYear), lastYear: String(lastYear) });
    }
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.firstDay = toDayNumber(firstYear, 1, 1);
    this.lastDay = toDayNumber(lastYear, 12, 31);
    const days = this.lastDay - this.firstDay + 1;

    const festivos = [...input.festivos].map((f) => this.#checkFestivo(f));
    festivos.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : LAYERS.indexOf(a.layer) - LAYERS.indexOf(b.layer)));
    this.festivos = Object.freeze(festivos);

    const holidays = new Map<number, MotivoInhabil[]>();
    for (const f of festivos) {
      const i = parseIsoDate(f.date) - this.firstDay;
      const list = holidays.get(i) ?? [];
      const same = JSON.stringify(f.names);
      if (!list.some((m) => m.kind === 'holiday' && m.layer === f.layer && JSON.stringify(m.names) === same)) {
        list.push(Object.freeze({ kind: 'holiday', layer: f.layer, names: f.names }));
      }
      holidays.set(i, list);
    }

    this.#inhabil = new Uint8Array(days);
    this.#habilRank = new Int32Array(days + 1);
    this.#inhabilRank = new Int32Array(days + 1);
    this.#motivos = new Array<readonly MotivoInhabil[]>(days);
    this.#iso = new Array<string>(days);
    const habiles: number[] = [];
    const inhabiles: number[] = [];
    for (let i = 0; i < days; i++) {
      const n = this.firstDay + i;
      const wd = isoWeekday(n);
      const motivos: MotivoInhabil[] = wd === 6 ? [SATURDAY] : wd === 7 ? [SUNDAY] : [];
      motivos.push(...(holidays.get(i) ?? []));
      this.#motivos[i] = motivos.length ? Object.freeze(motivos) : NO_MOTIVOS;
      this.#iso[i] = formatIsoDate(n);
      this.#habilRank[i] = habiles.length;
      this.#inhabilRank[i] = inhabiles.length;
      if (motivos.length) {
        this.#inhabil[i] = 1;
        inhabiles.push(n);
      } else habiles.push(n);
    }
    this.#habilRank[days] = habiles.length;
    this.#inhabilRank[days] = inhabiles.length;
    this.#habiles = Int32Array.from(habiles);
    this.#inhabiles = Int32Array.from(inhabiles);
  }

  #checkFestivo(f: Festivo): Festivo {
    if (typeof f !== 'object' || f === null) throw new CalendarError('invalid_calendar', { festivo: String(f) });
    const n = parseIsoDate(f.date);
    const names = cleanNames(f.names);
    if (!LAYERS.includes(f.layer) || !names) {
      throw new CalendarError('invalid_calendar', { date: f.date, layer: String(f.layer), names: JSON.stringify(f.names) ?? '' });
    }
    if (n < this.firstDay || n > this.lastDay) throw this.#notCovered(n);
    return Object.freeze({ date: f.date, layer: f.layer, names });
  }

  #notCovered(n: DayNumber): CalendarError {
    return new CalendarError('year_not_covered', {
      year: fromDayNumber(n).year, firstYear: this.firstYear, lastYear: this.lastYear,
    });
  }

  #index(n: DayNumber): number {
    if (n < this.firstDay || n > this.lastDay) throw this.#notCovered(n);
    return n - this.firstDay;
  }

  // ---- by ISO date -------------------------------------------------------------------

  isDiaHabil(date: IsoDate): boolean {
    return this.isHabilDay(parseIsoDate(date));
  }

  /** Why a day is inhábil (empty for a día hábil). */
  motivos(date: IsoDate): readonly MotivoInhabil[] {
    return this.motivosOfDay(parseIsoDate(date));
  }

  /** The días inhábiles of the calendar, for publishing in the sede (LPAC 31.3). */
  diasInhabiles(options: { weekends?: boolean } = {}): DiaInhabil[] {
    const out: DiaInhabil[] = [];
    for (const n of this.#inhabiles) {
      const motivos = this.#motivos[n - this.firstDay]!;
      if (options.weekends || motivos.some((m) => m.kind === 'holiday')) out.push({ date: this.isoOf(n), motivos });
    }
    return out;
  }

  // ---- by day number (the engine's fast path) ----------------------------------------

  covers(n: DayNumber): boolean {
    return n >= this.firstDay && n <= this.lastDay;
  }

  isHabilDay(n: DayNumber): boolean {
    return this.#inhabil[this.#index(n)] === 0;
  }

  motivosOfDay(n: DayNumber): readonly MotivoInhabil[] {
    return this.#motivos[this.#index(n)]!;
  }

  isoOf(n: DayNumber): IsoDate {
    return n >= this.firstDay && n <= this.lastDay ? this.#iso[n - this.firstDay]! : formatIsoDate(n);
  }

  /** The `count`-th día hábil strictly after day `n` (count ≥ 1). */
  nthHabilAfter(n: DayNumber, count: number): DayNumber {
    const i = this.#index(n + 1);
    const k = this.#habilRank[i]! + count - 1;
    if (k >= this.#habiles.length) throw this.#notCovered(this.lastDay + 1);
    return this.#habiles[k]!;
  }

  /** Day `n` if it is hábil, else the first día hábil after it (LPAC 30.5). */
  habilFrom(n: DayNumber): DayNumber {
    const k = this.#habilRank[this.#index(n)]!;
    if (k >= this.#habiles.length) throw this.#notCovered(this.lastDay + 1);
    return this.#habiles[k]!;
  }

  /** The inhábiles in [from, to), as step objects citing `rule` (shared, frozen). */
  skippedBetween(from: DayNumber, to: DayNumber, rule: RuleRef): readonly SkippedStep[] {
    if (to <= from) return [];
    const a = this.#inhabilRank[this.#index(from)]!;
    const b = this.#inhabilRank[this.#index(to - 1) + 1]!;
    if (a === b) return [];
    return this.#skippedSteps(rule).slice(a, b);
  }

  #skippedSteps(rule: RuleRef): readonly SkippedStep[] {
    let steps = this.#skippedByRule.get(rule);
    if (!steps) {
      steps = Object.freeze(Array.from(this.#inhabiles, (n): SkippedStep =>
        Object.freeze({ kind: 'skipped', date: this.isoOf(n), motivos: this.#motivos[n - this.firstDay]!, rule })));
      this.#skippedByRule.set(rule, steps);
    }
    return steps;
  }
}

export function createCalendar(input: CalendarInput): Calendar {
  return new Calendar(input);
}
