import { z } from '../http/zod-openapi.ts';
import { LANGUAGES } from '../i18n/languages.ts';

/** Request schemas of the information page's staff API. */
const language = z.enum(LANGUAGES);

export const SectionTexts = z.object({
  texts: z.partialRecord(language, z.string().max(8000).nullable())
    .openapi({ description: 'Text per language; null or empty goes back to the default text', example: { es: 'La sede se creó por Decreto de Alcaldía 12/2026 (BOP de Badajoz n.º 45).' } }),
}).strict().openapi('SedeInfoTexts');

export const OfficeInput = z.object({
  names: z.partialRecord(language, z.string().trim().min(1).max(200)),
  address: z.string().trim().min(1).max(300),
  hours: z.partialRecord(language, z.string().trim().min(1).max(500)),
  phone: z.string().trim().max(40).nullable().optional(),
  email: z.string().trim().email('validation:email').max(200).nullable().optional(),
  demo: z.boolean().optional(),
}).strict();

export const OfficesInput = z.object({ offices: z.array(OfficeInput).max(50) }).strict().openapi('SedeInfoOffices');
