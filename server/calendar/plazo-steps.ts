import type { IsoDate } from './civil-date.ts';

/**
 * The structured trail of a computation: which rule placed which day. Callers render it
 * (explain.ts) or store it next to the expediente; it is data, not prose.
 */
export type RuleRef =
  | 'LPAC 30.1' // hours: hábiles, minute by minute, max 24 h
  | 'LPAC 30.2' // días hábiles: Saturdays, Sundays and festivos excluded
  | 'LPAC 30.3' // count from the day after notification/publication
  | 'LPAC 30.4' // months/years: same day number, or the last day of the month
  | 'LPAC 30.5' // last day inhábil → next día hábil
  | 'LPAC 31.2.b' // registro: filing on an inhábil counts at 00:00 of the next hábil
  | 'LPAC 32.1' // extension by up to half
  | 'LPAC 32.4'; // extension after a service interruption

import type { Language } from '../i18n/languages.ts';

export type HolidayLayer = 'national' | 'autonomic' | 'local';
export type FestivoNames = Readonly<Partial<Record<Language, string>>>;

export type MotivoInhabil =
  | { readonly kind: 'weekend'; readonly weekday: 'saturday' | 'sunday' }
  | { readonly kind: 'holiday'; readonly layer: HolidayLayer; readonly names: FestivoNames };

export interface NotifiedStep { readonly kind: 'notified'; readonly date: IsoDate; readonly at?: string; readonly rule: RuleRef }
export interface StartStep { readonly kind: 'start'; readonly date: IsoDate; readonly at?: string; readonly rule: RuleRef }
/** A día inhábil passed over while counting (or while moving the last day). */
export interface SkippedStep { readonly kind: 'skipped'; readonly date: IsoDate; readonly motivos: readonly MotivoInhabil[]; readonly rule: RuleRef }
/** Where the count lands before LPAC 30.5 (naturales, months, years). */
export interface NominalEndStep { readonly kind: 'nominalEnd'; readonly date: IsoDate; readonly inhabil: boolean; readonly rule: RuleRef }
export interface ExtendedStep {
  readonly kind: 'extended';
  readonly amount: number;
  readonly unit: string;
  readonly previousEnd: IsoDate;
  readonly reason?: string;
  readonly rule: RuleRef;
}
export interface EndStep { readonly kind: 'end'; readonly date: IsoDate; readonly at?: string; readonly rule: RuleRef }

/** Registro (31.2.b): when the filing really arrived, and when it counts as made. */
export interface FiledStep { readonly kind: 'filed'; readonly date: IsoDate; readonly at: string; readonly rule: RuleRef }
export interface EffectiveStep { readonly kind: 'effective'; readonly date: IsoDate; readonly at: string; readonly rule: RuleRef }

export type PlazoStep = NotifiedStep | StartStep | SkippedStep | NominalEndStep | ExtendedStep | EndStep | FiledStep | EffectiveStep;
