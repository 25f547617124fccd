import type { Language } from '../i18n/languages.ts';
import type { Calendar } from './calendar.ts';
import type { IsoDate } from './civil-date.ts';
import { dateParams, interpolate, sentences, timeParams } from './explain.ts';
import { formatClock, formatZonedInstant, madridMidnight, parseInstant, toZoned } from './madrid-time.ts';
import type { PlazoResult } from './plazo-result.ts';
import type { PlazoStep } from './plazo-steps.ts';

/**
 * LPAC 31.2.b: for plazos in días hábiles, a filing in the registro electrónico on a día
 * inhábil counts as made "en la primera hora del primer día hábil siguiente" — 00:00 of the
 * next día hábil in the sede's official time (Europe/Madrid) — unless a rule allows filing
 * on inhábiles. It keeps its real order: it ranks before the filings of that next day
 * (compareRegistroTimes). Only the sede's own calendar decides (31.3); the union of
 * calendars of 30.6 does not apply. Both times are kept: the real one goes on the
 * justificante (31.2.c), the effective one decides timeliness.
 */
export interface RegistroTime {
  /** Real instant of the filing, with the sede's offset: 2026-03-07T23:59:59+01:00. */
  readonly realAt: string;
  readonly realMs: number;
  readonly realDate: IsoDate;
  /** 'HH:MM:SS', sede time. */
  readonly realTime: string;
  /** Instant the filing counts as made: the real one, or 00:00 of the next día hábil. */
  readonly effectiveAt: string;
  readonly effectiveMs: number;
  readonly effectiveDate: IsoDate;
  /** True when the filing fell on a día inhábil and was moved. */
  readonly moved: boolean;
  readonly steps: readonly PlazoStep[];
  explain(lng: Language): string;
}

export function registroTime(calendar: Calendar, filedAt: Date | string): RegistroTime {
  const realMs = parseInstant(filedAt);
  const local = toZoned(realMs);
  const realDate = calendar.isoOf(local.day);
  const realTime = formatClock(local.hour, local.minute, local.second);
  const realAt = formatZonedInstant(realMs);
  if (calendar.isHabilDay(local.day)) {
    return new Registro(realAt, realMs, realDate, realTime, realAt, realMs, realDate, [
      { kind: 'filed', date: realDate, at: realAt, rule: 'LPAC 31.2.b' },
      { kind: 'effective', date: realDate, at: realAt, rule: 'LPAC 31.2.b' },
    ]);
  }
  const next = calendar.habilFrom(local.day);
  const effectiveMs = madridMidnight(next);
  const effectiveAt = formatZonedInstant(effectiveMs);
  const effectiveDate = calendar.isoOf(next);
  return new Registro(realAt, realMs, realDate, realTime, effectiveAt, effectiveMs, effectiveDate, [
    { kind: 'filed', date: realDate, at: realAt, rule: 'LPAC 31.2.b' },
    ...calendar.skippedBetween(local.day, next, 'LPAC 31.2.b'),
    { kind: 'effective', date: effectiveDate, at: effectiveAt, rule: 'LPAC 31.2.b' },
  ]);
}

class Registro implements RegistroTime {
  readonly realAt: string;
  readonly realMs: number;
  readonly realDate: IsoDate;
  readonly realTime: string;
  readonly effectiveAt: string;
  readonly effectiveMs: number;
  readonly effectiveDate: IsoDate;
  readonly steps: readonly PlazoStep[];

  constructor(realAt: string, realMs: number, realDate: IsoDate, realTime: string, effectiveAt: string, effectiveMs: number, effectiveDate: IsoDate, steps: PlazoStep[]) {
    this.realAt = realAt;
    this.realMs = realMs;
    this.realDate = realDate;
    this.realTime = realTime;
    this.effectiveAt = effectiveAt;
    this.effectiveMs = effectiveMs;
    this.effectiveDate = effectiveDate;
    this.steps = steps;
  }

  get moved(): boolean {
    return this.effectiveMs !== this.realMs;
  }

  explain(lng: Language): string {
    const s = sentences(lng);
    const params = { ...dateParams(lng, 'real', this.realDate), ...timeParams(lng, 'realTime', this.realTime), ...dateParams(lng, 'effective', this.effectiveDate) };
    return interpolate(this.moved ? s.registroMoved : s.registroSame, params);
  }

  toJSON(): Omit<RegistroTime, 'explain'> {
    const { realAt, realMs, realDate, realTime, effectiveAt, effectiveMs, effectiveDate, moved, steps } = this;
    return { realAt, realMs, realDate, realTime, effectiveAt, effectiveMs, effectiveDate, moved, steps };
  }
}

/**
 * Order of the asientos: by effective time, then by real time. An inhábil filing moved to
 * Monday 00:00 sorts after Friday's filings and before Monday's, keeping its real order.
 */
export function compareRegistroTimes(a: RegistroTime, b: RegistroTime): number {
  return a.effectiveMs - b.effectiveMs || a.realMs - b.realMs;
}

/**
 * Whether a filing meets a plazo. Días hábiles: the *effective* date (31.2.b) must not be
 * after the vencimiento. Naturales, months, years: the real date (31.2.b speaks of plazos
 * in días hábiles; as those always end on a día hábil, the answer is the same). Hours: the
 * real instant must not be after the instant the plazo ends.
 */
export function filedInTime(calendar: Calendar, plazo: PlazoResult, filedAt: Date | string): { inTime: boolean; registro: RegistroTime } {
  const registro = registroTime(calendar, filedAt);
  let inTime: boolean;
  if (plazo.unit === 'horas') inTime = registro.realMs <= parseInstant(plazo.endsAt);
  else if (plazo.unit === 'habiles') inTime = registro.effectiveDate <= plazo.end;
  else inTime = registro.realDate <= plazo.end;
  return { inTime, registro };
}
