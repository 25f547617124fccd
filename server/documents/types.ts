import type { Language } from '../i18n/languages.ts';

/** Dates in template data: a Date, or an ISO 8601 string (as read back from JSON). */
export type DateInput = Date | string;

/** What a tenant contributes to every document: data only, never markup. */
export interface DocumentTenant {
  name: string;
  /** DIR3 of the ayuntamiento (L01 + INE6). */
  dir3: string;
  /** One or more lines: street, postcode and town, province. */
  address: string;
  /** Coat of arms as a data: URL (png, jpeg, webp or svg+xml, base64). Anything else is dropped. */
  logoDataUrl?: string;
}

export type IdentityDocumentType = 'NIF' | 'NIE' | 'PASSPORT';

export interface IdentityDocument {
  type: IdentityDocumentType;
  number: string;
}

export interface Person {
  name: string;
  idDocument: IdentityDocument;
}

export type AuthMethod = 'certificate' | 'clave' | 'pin' | 'office';
export type LevelOfAssurance = 'low' | 'substantial' | 'high';

/** Justificante de presentación del registro electrónico (LPAC 16.3, 31.2.c, 66.3, 21.4). */
export interface JustificanteData {
  entry: {
    /** Registry number, e.g. REGAYT26e00000123 (≤ 20 characters per SICRES). */
    number: string;
    presentedAt: DateInput;
    /** When deadlines start counting (31.2.b: the first hour of the next día hábil if filed on an inhábil). */
    effectiveAt: DateInput;
  };
  applicant: Person & {
    address?: string;
    email?: string;
    authMethod: AuthMethod;
    levelOfAssurance?: LevelOfAssurance;
  };
  representative?: Person;
  /** Órgano destinatario and its DIR3 code (66.1.f). */
  organ: { name: string; dir3: string };
  procedure?: { name: string; siaCode?: string };
  subject: string;
  /** Resumen (≤ 240 characters in SICRES). */
  summary: string;
  expone?: string;
  solicita?: string;
  documents: Array<{ name: string; mimeType: string; size: number; sha256: string }>;
  /** Plazo máximo para resolver y notificar and the effect of silence (21.4). */
  resolution?: {
    maxTime: { months: number } | { days: number; kind: 'habiles' | 'naturales' };
    deadline?: DateInput;
    silence: 'positive' | 'negative';
  };
}

/** Diligencia de publicación en el tablón de edictos electrónico. */
export interface DiligenciaPublicacionData {
  notice: {
    kind: 'edicto' | 'anuncio';
    title: string;
    reference?: string;
    issuingOrgan: string;
    publishedAt: DateInput;
    /** Absent while the notice is still on the tablón. */
    withdrawnAt?: DateInput;
    period?: { days: number; kind: 'habiles' | 'naturales' };
    document: { name: string; sha256: string };
  };
  issuedAt: DateInput;
}

/** Volante de empadronamiento (informative, not a certificate). */
export interface VolanteEmpadronamientoData {
  address: { street: string; postcode: string; municipality: string; province: string };
  district?: string;
  section?: string;
  sheet?: string;
  people: Array<Person & { birthDate: DateInput; registeredAt: DateInput }>;
  purpose?: string;
  issuedAt: DateInput;
}

export interface TemplateDataMap {
  justificante: JustificanteData;
  'diligencia-publicacion': DiligenciaPublicacionData;
  'volante-empadronamiento': VolanteEmpadronamientoData;
}

export type DocumentTemplate = keyof TemplateDataMap;

export interface RenderInput<T extends DocumentTemplate = DocumentTemplate> {
  template: T;
  lng: Language;
  data: TemplateDataMap[T];
  tenant: DocumentTenant;
  /** The CSV in its printed form. */
  csv: string;
  /** Where the CSV can be checked; also the QR code's content. */
  verifyUrl: string;
  /** A sample for the staff gallery: marked "sample, not valid" on every page. */
  sample?: boolean;
}
