import type { TFunction } from 'i18next';
import type { Language } from '../i18n/languages.ts';
import { festivoName, type Festivo } from './calendar.ts';
import type { MotivoInhabil, PlazoStep } from './plazo-steps.ts';

/**
 * How the API shows the calendar's data in the request's language: a holiday's name in that
 * language (else the sede's default), a weekend day's name, the layer's label.
 */
export interface ViewContext {
  readonly lng: Language;
  readonly defaultLanguage: Language;
  readonly t: TFunction;
}

export type MotivoView =
  | { kind: 'weekend'; weekday: 'saturday' | 'sunday'; name: string }
  | { kind: 'holiday'; layer: Festivo['layer']; layerLabel: string; name: string };

export function motivoView(m: MotivoInhabil, v: ViewContext): MotivoView {
  if (m.kind === 'weekend') return { kind: 'weekend', weekday: m.weekday, name: v.t(`calendar:weekend.${m.weekday}`) };
  return { kind: 'holiday', layer: m.layer, layerLabel: v.t(`calendar:layers.${m.layer}`), name: festivoName(m.names, v.lng, v.defaultLanguage) };
}

export function festivoView(f: Festivo, v: ViewContext) {
  return { date: f.date, layer: f.layer, layerLabel: v.t(`calendar:layers.${f.layer}`), name: festivoName(f.names, v.lng, v.defaultLanguage), names: f.names };
}

/** Steps with their motivos rendered (skipped days say why they were skipped). */
export function stepsView(steps: readonly PlazoStep[], v: ViewContext): unknown[] {
  return steps.map((s) => (s.kind === 'skipped' ? { ...s, motivos: s.motivos.map((m) => motivoView(m, v)) } : s));
}
