import { LANGUAGES, type Language } from '../i18n/languages.ts';
import { calendarLocale } from './calendar-locale.ts';
import type { FestivoNames } from './calendar.ts';

/**
 * Real es/ca/eu names for the national and autonomic holidays. date-holidays names its ES
 * holidays well in Spanish only (its Catalan and Basque lists are sparse or English), so the
 * Spanish name it gives is used as a key into `calendar:holidays.*` of the locales, where
 * each language has the official or customary name. date-holidays marks a day moved to
 * Monday with " (día sustituto)"; that becomes `calendar:holidays.substitute`.
 *
 * A name missing from the table (date-holidays adds one some year) keeps date-holidays'
 * own Spanish name in every language, so a día inhábil is never lost for want of a name;
 * the holiday-names unit test lists every name date-holidays gives for 2016–2040.
 */
const KEY_BY_DATE_HOLIDAYS_NAME: Readonly<Record<string, string>> = Object.freeze({
  'Año Nuevo': 'anoNuevo',
  'Día de los Reyes Magos': 'reyes',
  'Jueves Santo': 'juevesSanto',
  'Viernes Santo': 'viernesSanto',
  'Lunes de Pascua': 'lunesPascua',
  'Día del Trabajador': 'trabajo',
  'Asunción': 'asuncion',
  'Fiesta Nacional de España': 'fiestaNacional',
  'Todos los Santos': 'todosSantos',
  'Día de la Constitución Española': 'constitucion',
  'La inmaculada concepción': 'inmaculada',
  'Navidad': 'navidad',
  'San Esteban': 'sanEsteban',
  'San José': 'sanJose',
  'San Juan': 'sanJuan',
  'Santiago Apóstol': 'santiago',
  'Corpus Christi': 'corpus',
  'Dia de Cataluña': 'diadaCatalunya',
  'Día Nacional de Galicia': 'diaGalicia',
  'Día de las Letras Gallegas': 'letrasGallegas',
  'Día de Andalucía': 'diaAndalucia',
  'Día de Aragón': 'diaAragon',
  'Día de Asturias': 'diaAsturias',
  'Día de Canarias': 'diaCanarias',
  'Día de Castilla-La Mancha': 'diaCastillaLaMancha',
  'Día de Ceuta': 'diaCeuta',
  'Día de Extremadura': 'diaExtremadura',
  'Día de La Rioja': 'diaRioja',
  'Día de la Comunidad de Madrid': 'diaMadrid',
  'Día de las Instituciones de Cantabria': 'diaCantabria',
  'La Bien Aparecida': 'bienAparecida',
  'Día de les Illes Balears': 'diaBaleares',
  'Fiesta de Castilla y León': 'diaCastillaLeon',
  'Fiesta del Eid Fitr': 'eidFitr',
  'Fiesta del Sacrificio-Aid Al Adha': 'eidAdha',
  'Fiesta del Sacrificio-Eidul Adha': 'eidAdha',
  'Nuestra Señora de África': 'africa',
  'V Centenario Vuelta al Mundo': 'vueltaMundo',
});

const SUBSTITUTE = ' (día sustituto)';

export function isKnownHolidayName(dateHolidaysName: string): boolean {
  return dateHolidaysName.replace(SUBSTITUTE, '') in KEY_BY_DATE_HOLIDAYS_NAME;
}

/** es/ca/eu names for a holiday date-holidays calls `dateHolidaysName` (in Spanish). */
export function holidayNames(dateHolidaysName: string): FestivoNames {
  const substitute = dateHolidaysName.endsWith(SUBSTITUTE);
  const base = substitute ? dateHolidaysName.slice(0, -SUBSTITUTE.length) : dateHolidaysName;
  const key = KEY_BY_DATE_HOLIDAYS_NAME[base];
  const names: Partial<Record<Language, string>> = {};
  for (const lng of LANGUAGES) {
    const table = calendarLocale(lng).holidays as Record<string, string>;
    const name = key ? table[key]! : base;
    names[lng] = substitute ? table.substitute!.replace(/\{\{\s*name\s*\}\}/, name) : name;
  }
  return Object.freeze(names);
}
