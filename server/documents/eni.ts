import { madridIsoDateTime, madridYear } from './document-dates.ts';
import { InvalidEniMetadata } from './documents.errors.ts';

/**
 * ENI document metadata (RD 4/2010, NTI de Documento Electrónico; LEGAL.md §6).
 *
 * Identifier: `ES_<Órgano>_<AAAA>_<ID específico>` — the órgano is a DIR3 code, the year is
 * the year of capture, the specific ID is up to 30 alphanumeric characters and the whole
 * identifier at most 52 (NTI annex I). Real example: ES_E04912101_2016_DOC_PADES_00000003.
 * The specific ID must NOT be the CSV: identifiers travel in expediente indexes to other
 * administrations, and the CSV is a bearer secret that opens the document.
 */
export const ENI_DOCUMENT_NS = 'http://administracionelectronica.gob.es/ENI/XSD/v1.0/documento-e/metadatos';
export const ENI_VERSION_NTI = 'http://administracionelectronica.gob.es/ENI/XSD/v1.0/documento-e';
export const ENI_ID_MAX = 52;
export const ENI_LOCAL_ID_MAX = 30;

export const ESTADOS_ELABORACION = {
  EE01: 'Original',
  EE02: 'Copia electrónica auténtica con cambio de formato',
  EE03: 'Copia electrónica auténtica de documento papel',
  EE04: 'Copia electrónica parcial auténtica',
  EE99: 'Otros',
} as const;
export type EstadoElaboracion = keyof typeof ESTADOS_ELABORACION;

export const TIPOS_DOCUMENTALES = {
  TD01: 'Resolución', TD02: 'Acuerdo', TD03: 'Contrato', TD04: 'Convenio', TD05: 'Declaración',
  TD06: 'Comunicación', TD07: 'Notificación', TD08: 'Publicación', TD09: 'Acuse de recibo',
  TD10: 'Acta', TD11: 'Certificado', TD12: 'Diligencia', TD13: 'Informe', TD14: 'Solicitud',
  TD15: 'Denuncia', TD16: 'Alegación', TD17: 'Recursos', TD18: 'Comunicación ciudadano',
  TD19: 'Factura', TD20: 'Otros incautados', TD99: 'Otros',
} as const;
export type TipoDocumental = keyof typeof TIPOS_DOCUMENTALES;

const DIR3 = /^[A-Z0-9]{9}$/;
const LOCAL_ID = /^[A-Za-z0-9_]{1,30}$/;
const ENI_ID = /^ES_([A-Z0-9]{9})_(\d{4})_([A-Za-z0-9_]{1,30})$/;

/** `ES_<DIR3>_<year of capture in Madrid>_<localId>`. */
export function eniIdentifier(dir3: string, capturedAt: Date, localId: string): string {
  if (!DIR3.test(dir3)) throw new InvalidEniMetadata(`órgano must be a 9-character DIR3 code, got ${JSON.stringify(dir3)}`);
  if (!LOCAL_ID.test(localId)) throw new InvalidEniMetadata(`specific ID must be 1–${ENI_LOCAL_ID_MAX} characters [A-Za-z0-9_], got ${JSON.stringify(localId)}`);
  const id = `ES_${dir3}_${madridYear(capturedAt)}_${localId}`;
  if (id.length > ENI_ID_MAX) throw new InvalidEniMetadata(`identifier longer than ${ENI_ID_MAX} characters`);
  return id;
}

/** A specific ID from a per-tenant document number: `DOC_` + 26 digits (30 characters). */
export function eniLocalId(documentNumber: number | bigint): string {
  const n = BigInt(documentNumber);
  if (n < 0n || n >= 10n ** 26n) throw new InvalidEniMetadata('document number out of range');
  return `DOC_${n.toString().padStart(26, '0')}`;
}

export function parseEniIdentifier(id: string): { dir3: string; year: number; localId: string } | null {
  const m = ENI_ID.exec(id);
  return m && id.length <= ENI_ID_MAX ? { dir3: m[1]!, year: Number(m[2]), localId: m[3]! } : null;
}

export interface EniDocumentMetadata {
  identificador: string;
  /** DIR3 codes of the órganos (1..n). */
  organos: string[];
  fechaCaptura: Date;
  /** true = administración, false = ciudadano. */
  origenAdministracion: boolean;
  estadoElaboracion: EstadoElaboracion;
  /** Required for the authentic copies (EE02–EE04): the ENI identifier of the original. */
  identificadorDocumentoOrigen?: string;
  tipoDocumental: TipoDocumental;
}

export function validateEniMetadata(m: EniDocumentMetadata): void {
  if (!parseEniIdentifier(m.identificador)) throw new InvalidEniMetadata(`malformed identifier ${JSON.stringify(m.identificador)}`);
  if (m.organos.length === 0) throw new InvalidEniMetadata('at least one órgano is required');
  for (const o of m.organos) if (!DIR3.test(o)) throw new InvalidEniMetadata(`órgano ${JSON.stringify(o)} is not a DIR3 code`);
  if (!(m.fechaCaptura instanceof Date) || Number.isNaN(m.fechaCaptura.getTime())) throw new InvalidEniMetadata('fechaCaptura is not a date');
  if (!(m.estadoElaboracion in ESTADOS_ELABORACION)) throw new InvalidEniMetadata(`unknown EstadoElaboracion ${String(m.estadoElaboracion)}`);
  if (!(m.tipoDocumental in TIPOS_DOCUMENTALES)) throw new InvalidEniMetadata(`unknown TipoDocumental ${String(m.tipoDocumental)}`);
  const isCopy = m.estadoElaboracion === 'EE02' || m.estadoElaboracion === 'EE03' || m.estadoElaboracion === 'EE04';
  if (isCopy && !m.identificadorDocumentoOrigen) throw new InvalidEniMetadata('a copy needs identificadorDocumentoOrigen');
}

/** XML text escaping for element content and attribute values. */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!)
    // Characters XML 1.0 cannot carry at all.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

/**
 * The `enidocmeta:metadatos` element of metadatosDocumentoEni.xsd, children in schema order,
 * as a standalone UTF-8 XML document.
 */
export function eniMetadataXml(m: EniDocumentMetadata): string {
  validateEniMetadata(m);
  const e = escapeXml;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<enidocmeta:metadatos xmlns:enidocmeta="${ENI_DOCUMENT_NS}" Id="${e(`METADATOS_${m.identificador}`)}">`,
    `  <enidocmeta:VersionNTI>${ENI_VERSION_NTI}</enidocmeta:VersionNTI>`,
    `  <enidocmeta:Identificador>${e(m.identificador)}</enidocmeta:Identificador>`,
    ...m.organos.map((o) => `  <enidocmeta:Organo>${e(o)}</enidocmeta:Organo>`),
    `  <enidocmeta:FechaCaptura>${madridIsoDateTime(m.fechaCaptura)}</enidocmeta:FechaCaptura>`,
    `  <enidocmeta:OrigenCiudadanoAdministracion>${m.origenAdministracion ? 'true' : 'false'}</enidocmeta:OrigenCiudadanoAdministracion>`,
    '  <enidocmeta:EstadoElaboracion>',
    `    <enidocmeta:ValorEstadoElaboracion>${m.estadoElaboracion}</enidocmeta:ValorEstadoElaboracion>`,
    ...(m.identificadorDocumentoOrigen
      ? [`    <enidocmeta:IdentificadorDocumentoOrigen>${e(m.identificadorDocumentoOrigen)}</enidocmeta:IdentificadorDocumentoOrigen>`]
      : []),
    '  </enidocmeta:EstadoElaboracion>',
    `  <enidocmeta:TipoDocumental>${m.tipoDocumental}</enidocmeta:TipoDocumental>`,
    '</enidocmeta:metadatos>',
  ];
  return lines.join('\n') + '\n';
}
