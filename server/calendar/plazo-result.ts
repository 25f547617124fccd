import type { Language } from '../i18n/languages.ts';
import type { IsoDate } from './civil-date.ts';
import { explainPlazo } from './explain.ts';
import type { PlazoStep, SkippedStep } from './plazo-steps.ts';

/**
 * Units of a plazo (LPAC 30): días hábiles (the default), días naturales (only when a law
 * says so), months, years, and hours (hábiles, max 24).
 */
export const PLAZO_UNITS = ['habiles', 'naturales', 'meses', 'años', 'horas'] as const;
export type PlazoUnit = (typeof PLAZO_UNITS)[number];

export function isPlazoUnit(value: unknown): value is PlazoUnit {
  return value === 'habiles' || value === 'naturales' || value === 'meses' || value === 'años' || value === 'horas';
}

/** A computed plazo: the dates, the steps that justify them, and a sentence per language. */
export interface PlazoResult {
  readonly amount: number;
  readonly unit: PlazoUnit;
  /** Civil date (Europe/Madrid) of the notification or publication. */
  readonly notified: IsoDate;
  /** First day of the count: the day after the notification (30.3), or for hours its day. */
  readonly start: IsoDate;
  /** Where the count lands before 30.5 moves it (naturales, months, years). */
  readonly nominalEnd: IsoDate | undefined;
  /** Vencimiento: the last día on which the interesado can still act. */
  readonly end: IsoDate;
  /** Hours only: the notification instant and its minute ('HH:MM', sede time). */
  readonly notifiedAt: string | undefined;
  readonly notifiedTime: string | undefined;
  /** Hours only: the instant the plazo ends and its wall time on `end` ('HH:MM', or '24:00'). */
  readonly endsAt: string | undefined;
  readonly endTime: string | undefined;
  readonly steps: readonly PlazoStep[];
  /** The días inhábiles the computation passed over (a view on `steps`). */
  readonly skipped: readonly SkippedStep[];
  explain(lng: Language): string;
}

export interface PlazoFields {
  amount: number;
  unit: PlazoUnit;
  notified: IsoDate;
  start: IsoDate;
  nominalEnd?: IsoDate;
  end: IsoDate;
  notifiedAt?: string;
  notifiedTime?: string;
  endsAt?: string;
  endTime?: string;
  steps: readonly PlazoStep[];
}

export class ComputedPlazo implements PlazoResult {
  readonly amount: number;
  readonly unit: PlazoUnit;
  readonly notified: IsoDate;
  readonly start: IsoDate;
  readonly nominalEnd: IsoDate | undefined;
  readonly end: IsoDate;
  readonly notifiedAt: string | undefined;
  readonly notifiedTime: string | undefined;
  readonly endsAt: string | undefined;
  readonly endTime: string | undefined;
  readonly steps: readonly PlazoStep[];

  constructor(f: PlazoFields) {
    this.amount = f.amount;
    this.unit = f.unit;
    this.notified = f.notified;
    this.start = f.start;
    this.nominalEnd = f.nominalEnd;
    this.end = f.end;
    this.notifiedAt = f.notifiedAt;
    this.notifiedTime = f.notifiedTime;
    this.endsAt = f.endsAt;
    this.endTime = f.endTime;
    this.steps = f.steps;
  }

  get skipped(): readonly SkippedStep[] {
    return this.steps.filter((s): s is SkippedStep => s.kind === 'skipped');
  }

  explain(lng: Language): string {
    return explainPlazo(this, lng);
  }

  toJSON(): Omit<PlazoResult, 'explain' | 'skipped'> {
    const { amount, unit, notified, start, nominalEnd, end, notifiedAt, notifiedTime, endsAt, endTime, steps } = this;
    return { amount, unit, notified, start, nominalEnd, end, notifiedAt, notifiedTime, endsAt, endTime, steps };
  }
}
