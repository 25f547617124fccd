import type { Language } from '../i18n/languages.ts';
import type { PlazoUnit } from './plazo-result.ts';

/**
 * Sentence templates of the deadline engine, one whole sentence per case and language, with
 * i18next-style `{{placeholders}}`. They live here until a later step moves them to
 * locales/{es,ca,eu}/calendar.json under the same keys.
 *
 * Basque: dates are year/month/day (2026/03/17) and case endings are glued to the figure,
 * so the renderer offers inflected variants of each date/time param: `x_abl` (-tik/-etik),
 * `x_ine` (-an/-ean/-n) and `x_ko` (-ko/-eko). Catalan and Basque wording awaits review by
 * a native speaker.
 */
export interface CalendarSentences {
  readonly units: Readonly<Record<PlazoUnit, readonly [one: string, other: string]>>;
  /** Joins the last item of a list. */
  readonly and: string;
  /** Clock time after a preposition: hour 1 takes the singular article in es/ca. */
  readonly at: { readonly one: string; readonly other: string };
  readonly plazo: string;
  readonly plazoHours: string;
  readonly plazoMoved: string;
  readonly skippedOne: string;
  readonly skippedMany: string;
  readonly registroMoved: string;
  readonly registroSame: string;
  readonly extension: string;
  readonly interruption: string;
  readonly interruptionExpired: string;
}

export const CALENDAR_SENTENCES: Readonly<Record<Language, CalendarSentences>> = {
  es: {
    units: {
      habiles: ['día hábil', 'días hábiles'], naturales: ['día natural', 'días naturales'], meses: ['mes', 'meses'],
      años: ['año', 'años'], horas: ['hora hábil', 'horas hábiles'],
    },
    and: ' y ',
    at: { one: 'a la {{time}}', other: 'a las {{time}}' },
    plazo: '{{amount}} {{unit}} desde el {{from}} → vence el {{end}}{{skipped}}',
    plazoHours: '{{amount}} {{unit}} desde el {{from}} {{fromTime}} → vence el {{end}} {{endTime}}{{skipped}}',
    plazoMoved: '{{amount}} {{unit}} desde el {{from}} → el {{nominal}} es inhábil, así que vence el {{end}}',
    skippedOne: '; se salta el {{days}}',
    skippedMany: '; se saltan {{days}}',
    registroMoved: 'Presentado el {{real}} {{realTime}}, día inhábil → se entiende presentado el {{effective}} a las 0:00, primera hora del primer día hábil siguiente, conservando su orden real',
    registroSame: 'Presentado el {{real}} {{realTime}}, día hábil: cuenta esa fecha y hora',
    extension: 'Plazo ampliado en {{amount}} {{unit}} (máximo {{max}}, art. 32.1 LPAC): vence el {{end}} en lugar del {{previousEnd}}',
    interruption: 'Plazo ampliado en {{amount}} {{unit}} por la interrupción del servicio «{{reason}}» (art. 32.4 LPAC): vence el {{end}} en lugar del {{previousEnd}}',
    interruptionExpired: 'El plazo venció el {{previousEnd}}, antes de la interrupción del servicio «{{reason}}»: no se amplía (art. 32.4 LPAC)',
  },
  ca: {
    units: {
      habiles: ['dia hàbil', 'dies hàbils'], naturales: ['dia natural', 'dies naturals'], meses: ['mes', 'mesos'],
      años: ['any', 'anys'], horas: ['hora hàbil', 'hores hàbils'],
    },
    and: ' i ',
    at: { one: 'a la {{time}}', other: 'a les {{time}}' },
    plazo: '{{amount}} {{unit}} des del {{from}} → venç el {{end}}{{skipped}}',
    plazoHours: '{{amount}} {{unit}} des del {{from}} {{fromTime}} → venç el {{end}} {{endTime}}{{skipped}}',
    plazoMoved: '{{amount}} {{unit}} des del {{from}} → el {{nominal}} és inhàbil, per tant venç el {{end}}',
    skippedOne: '; es salta el {{days}}',
    skippedMany: '; es salten els dies {{days}}',
    registroMoved: "Presentat el {{real}} {{realTime}}, dia inhàbil → s'entén presentat el {{effective}} a les 0:00, primera hora del primer dia hàbil següent, amb el seu ordre real",
    registroSame: 'Presentat el {{real}} {{realTime}}, dia hàbil: compta aquesta data i hora',
    extension: 'Termini ampliat en {{amount}} {{unit}} (màxim {{max}}, art. 32.1 LPAC): venç el {{end}} en lloc del {{previousEnd}}',
    interruption: 'Termini ampliat en {{amount}} {{unit}} per la interrupció del servei «{{reason}}» (art. 32.4 LPAC): venç el {{end}} en lloc del {{previousEnd}}',
    interruptionExpired: "El termini va vèncer el {{previousEnd}}, abans de la interrupció del servei «{{reason}}»: no s'amplia (art. 32.4 LPAC)",
  },
  eu: {
    units: {
      habiles: ['egun baliodun', 'egun baliodun'], naturales: ['egun natural', 'egun natural'], meses: ['hilabete', 'hilabete'],
      años: ['urte', 'urte'], horas: ['ordu baliodun', 'ordu baliodun'],
    },
    and: ' eta ',
    at: { one: '{{time}}', other: '{{time}}' },
    plazo: '{{from_abl}} aurrera, {{amount}} {{unit}} → epea {{end_ine}} amaitzen da{{skipped}}',
    plazoHours: '{{from_ko}} {{fromTime_abl}} aurrera, {{amount}} {{unit}} → epea {{end_ko}} {{endTime_ine}} amaitzen da{{skipped}}',
    plazoMoved: '{{from_abl}} aurrera, {{amount}} {{unit}} → {{nominal}} egun baliogabea denez, epea {{end_ine}} amaitzen da',
    skippedOne: '; egun baliogabe hau ez da zenbatzen: {{days}}',
    skippedMany: '; egun baliogabe hauek ez dira zenbatzen: {{days}}',
    registroMoved: 'Egun baliogabean aurkeztua ({{real}}, {{realTime}}) → hurrengo egun baliodunaren lehen orduan aurkeztutzat jotzen da: {{effective}}, 00:00; benetako ordena gordetzen da',
    registroSame: 'Egun baliodunean aurkeztua ({{real}}, {{realTime}}): data eta ordu hori hartzen da kontuan',
    extension: 'Epea {{amount}} {{unit}} luzatu da (gehienez {{max}}; 39/2015 Legea, 32.1. art.) → {{end_ine}} amaitzen da, {{previousEnd_ine}} beharrean',
    interruption: 'Epea {{amount}} {{unit}} luzatu da zerbitzuaren etenaldiagatik: «{{reason}}» (39/2015 Legea, 32.4. art.) → {{end_ine}} amaitzen da, {{previousEnd_ine}} beharrean',
    interruptionExpired: 'Epea {{previousEnd_ine}} amaitu zen, zerbitzuaren etenaldia baino lehen («{{reason}}»): ez da luzatzen (39/2015 Legea, 32.4. art.)',
  },
};
