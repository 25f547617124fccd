import { Calendar, type Festivo, type FestivoNames } from './calendar.ts';
import type { CommunityCode } from './communities.ts';
import type { IsoDate } from './civil-date.ts';
import { holidayLayers } from './holiday-layers.ts';

export interface LocalFestivo {
  readonly date: IsoDate;
  readonly names: FestivoNames;
}

export interface CommunityCalendarInput {
  readonly community: CommunityCode;
  readonly firstYear: number;
  readonly lastYear: number;
  /** The ayuntamiento's local festivos (two a year), third layer. */
  readonly local?: readonly LocalFestivo[];
  /**
   * Days the official calendar has and date-holidays lacks (e.g. Murcia's 9 June), with
   * their layer. Corrections only add días inhábiles; they never remove one.
   */
  readonly corrections?: readonly Festivo[];
}

/**
 * The sede's calendar for LPAC 31.3: national and autonomic layers for the community the
 * ayuntamiento belongs to, plus its local festivos. Only this calendar governs the registro
 * electrónico; the union of calendars of 30.6 does not apply to it.
 */
export function communityCalendar(input: CommunityCalendarInput): Calendar {
  const festivos: Festivo[] = [];
  if (Number.isInteger(input.firstYear) && Number.isInteger(input.lastYear) && input.lastYear - input.firstYear < 60) {
    for (let year = input.firstYear; year <= input.lastYear; year++) festivos.push(...holidayLayers(input.community, year));
  }
  for (const l of input.local ?? []) festivos.push({ date: l.date, layer: 'local', names: l.names });
  festivos.push(...(input.corrections ?? []));
  return new Calendar({ firstYear: input.firstYear, lastYear: input.lastYear, festivos });
}
