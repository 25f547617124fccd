/**
 * The sections of the sede's mandatory information page (RD 203/2021 art. 11; Ley 40/2015
 * art. 38; LEGAL.md §4), in the order shown. Each has a title and a default text in
 * locales/<lng>/sedeInfo.json (`sections.<key>`), which the ayuntamiento may replace with
 * its own text per language; `link` is the sede page the section points to.
 */
export const SEDE_INFO_SECTIONS = [
  { key: 'owner' },
  { key: 'creation' },
  { key: 'certificate' },
  { key: 'officialTime', link: '/calendario' },
  { key: 'calendar', link: '/calendario' },
  { key: 'catalogue', link: '/tramites' },
  { key: 'noticeboard', link: '/tablon' },
  { key: 'verification', link: '/verificacion' },
  { key: 'interruptions', link: '/interrupciones' },
  { key: 'offices' },
  { key: 'identification' },
  { key: 'accessibility' },
  { key: 'privacy' },
] as const satisfies readonly { key: string; link?: string }[];

export type SedeInfoSection = (typeof SEDE_INFO_SECTIONS)[number]['key'];
export const SECTION_KEYS: readonly SedeInfoSection[] = SEDE_INFO_SECTIONS.map((s) => s.key);

export function isSection(value: unknown): value is SedeInfoSection {
  return typeof value === 'string' && (SECTION_KEYS as readonly string[]).includes(value);
}
