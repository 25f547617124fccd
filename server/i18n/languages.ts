/** The languages a sede can offer. */
export const LANGUAGES = ['es', 'ca', 'eu'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
