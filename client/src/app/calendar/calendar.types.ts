import type { Language } from '../api/sede.types';

/** Shapes of the calendar API (GET /api/calendar/:year, POST /api/plazos, GET /api/time, GET /api/interruptions). */
export type Layer = 'national' | 'autonomic' | 'local';

export type Motivo =
  | { kind: 'weekend'; weekday: 'saturday' | 'sunday'; name: string }
  | { kind: 'holiday'; layer: Layer; layerLabel: string; name: string };

export interface FestivoView {
  date: string;
  layer: Layer;
  layerLabel: string;
  name: string;
  names: Partial<Record<Language, string>>;
}

export interface CalendarYear {
  year: number;
  firstYear: number;
  lastYear: number;
  festivos: FestivoView[];
  diasInhabiles: { date: string; motivos: Motivo[] }[];
}

export type PlazoUnit = 'habiles' | 'naturales' | 'meses' | 'años';

export interface PlazoStep {
  kind: string;
  date?: string;
  motivos?: Motivo[];
  rule?: string;
}

export interface PlazoResult {
  amount: number;
  unit: PlazoUnit;
  notified: string;
  end: string;
  explanation: string;
  steps: PlazoStep[];
  extension: { amount: number; previousEnd: string; end: string; explanation: string; reason: string } | null;
}

export interface OfficialTime {
  utc: string;
  epochMs: number;
  offset: string;
  text: string;
}

export interface InterruptionView {
  id: number;
  kind: 'planned' | 'unplanned';
  kindLabel: string;
  status: 'announced' | 'ongoing' | 'ended';
  startsAt: string;
  endsAt: string | null;
  description: string;
  descriptions: Partial<Record<Language, string>>;
  extension: { amount: number; unit: string; affectedFrom: string; affectedTo: string; reason: string; summary: string; decidedAt: string } | null;
}

export interface StaffYear {
  year: number;
  published: boolean;
  festivos: { date: string; layer: Layer; names: Partial<Record<Language, string>> }[];
}

export type FestivoChange =
  | { op: 'add'; date: string; layer: Layer; names: Partial<Record<Language, string>> }
  | { op: 'remove'; date: string; layer: Layer }
  | { op: 'rename'; date: string; layer: Layer; names: Partial<Record<Language, string>> };
