import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import QRCode from 'qrcode';
import { translator } from '../i18n/i18n.ts';
import { isLanguage, type Language } from '../i18n/languages.ts';
import { fromRoot } from '../paths.ts';
import { formatDate, formatDateTime, formatLongDate, formatTime } from './document-dates.ts';
import { UnknownTemplate } from './documents.errors.ts';
import type { TipoDocumental } from './eni.ts';
import type { DateInput, DocumentTemplate, DocumentTenant, RenderInput } from './types.ts';

/**
 * Handlebars over `templates/*.hbs` and `templates/partials/*.hbs`, all ours: tenants supply
 * data, never templates. Everything a tenant or a citizen wrote goes through `{{ }}` and is
 * escaped (a test forbids `{{{` in the templates). Strings come from `locales/<lng>/documents.json`
 * through `{{t}}`, in the document's language.
 *
 * The letterhead and the footer (CSV, QR code, verification URL, page numbers) are rendered
 * from the `header` and `footer` partials into Chromium's headerTemplate/footerTemplate, which
 * puts them on every page.
 */
export const TEMPLATES_DIR = fromRoot('templates');

export interface TemplateInfo {
  /** Document title key, also the PDF's /Title. */
  titleKey: string;
  tipoDocumental: TipoDocumental;
}

export const DOCUMENT_TEMPLATES: Record<DocumentTemplate, TemplateInfo> = {
  justificante: { titleKey: 'documents:justificante.title', tipoDocumental: 'TD09' }, // acuse de recibo
  'diligencia-publicacion': { titleKey: 'documents:diligencia.title', tipoDocumental: 'TD12' }, // diligencia
  // A volante is an informative certificate of what the padrón says: Certificado.
  'volante-empadronamiento': { titleKey: 'documents:volante.title', tipoDocumental: 'TD11' },
};

export function isDocumentTemplate(name: string): name is DocumentTemplate {
  return Object.hasOwn(DOCUMENT_TEMPLATES, name);
}

export interface RenderedHtml {
  title: string;
  html: string;
  headerTemplate: string;
  footerTemplate: string;
}

type Compiled = Handlebars.TemplateDelegate;

interface Engine {
  hbs: typeof Handlebars;
  documents: Map<string, Compiled>;
  header: Compiled;
  footer: Compiled;
}

let engine: Engine | undefined;

/** Compiles every template once per process (call again after editing them with `reset`). */
export function templateEngine(dir = TEMPLATES_DIR, reset = false): Engine {
  if (engine && !reset) return engine;
  const hbs = Handlebars.create();
  registerHelpers(hbs);
  const options: CompileOptions = { strict: false, preventIndent: true };
  const partialsDir = path.join(dir, 'partials');
  for (const file of readdirSync(partialsDir).filter((f) => f.endsWith('.hbs'))) {
    hbs.registerPartial(file.slice(0, -4), hbs.compile(readFileSync(path.join(partialsDir, file), 'utf8'), options));
  }
  const documents = new Map<string, Compiled>();
  for (const name of Object.keys(DOCUMENT_TEMPLATES)) {
    documents.set(name, hbs.compile(readFileSync(path.join(dir, `${name}.hbs`), 'utf8'), options));
  }
  const header = hbs.compile('{{> header}}', options);
  const footer = hbs.compile('{{> footer}}', options);
  engine = { hbs, documents, header, footer };
  return engine;
}

type CompileOptions = Parameters<typeof Handlebars.compile>[1];

/** Renders the HTML of a document and of its running header and footer. */
export async function renderDocumentHtml(input: RenderInput): Promise<RenderedHtml> {
  const { template, lng } = input;
  if (!isDocumentTemplate(template)) throw new UnknownTemplate(String(template));
  if (!isLanguage(lng)) throw new Error(`Unsupported language: ${String(lng)}`);
  const e = templateEngine();
  const t = translator(lng);
  const title = t(DOCUMENT_TEMPLATES[template].titleKey);
  const context = {
    lng,
    title,
    doc: input.data,
    tenant: safeTenant(input.tenant),
    csv: input.csv,
    verifyUrl: input.verifyUrl,
    sample: input.sample === true,
    qrDataUrl: await qrDataUrl(input.verifyUrl),
  };
  return {
    title,
    html: e.documents.get(template)!(context),
    headerTemplate: e.header(context),
    footerTemplate: e.footer(context),
  };
}

const LOGO = /^data:image\/(?:png|jpeg|webp|svg\+xml);base64,[A-Za-z0-9+/]+={0,2}$/;

/** Tenant data as templates see it: the logo only if it is an image data: URL. */
function safeTenant(tenant: DocumentTenant): DocumentTenant & { addressLines: string[] } {
  return {
    name: tenant.name,
    dir3: tenant.dir3,
    address: tenant.address,
    addressLines: tenant.address.split(/\r?\n/).map((l) => l.trim()).filter(Boolean),
    logoDataUrl: tenant.logoDataUrl && LOGO.test(tenant.logoDataUrl) ? tenant.logoDataUrl : undefined,
  };
}

/** The verification URL as a QR code: an SVG data: URL (vector, so it prints sharp). */
export async function qrDataUrl(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 0 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

function toDate(value: DateInput): Date {
  const d = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(d.getTime())) throw new Error(`Not a date: ${String(value)}`);
  return d;
}

function lngOf(options: Handlebars.HelperOptions): Language {
  const lng = (options.data as { root?: { lng?: unknown } }).root?.lng;
  return isLanguage(lng) ? lng : 'es';
}

function registerHelpers(hbs: typeof Handlebars): void {
  /** `{{t "documents:key" name=value}}`: the string in the document's language (escaped by `{{ }}`). */
  hbs.registerHelper('t', function (key: string, options: Handlebars.HelperOptions) {
    return translator(lngOf(options))(key, { ...options.hash });
  });
  /** `{{pageOf}}`: "Página N de M" with Chromium's page-number slots (footer only). */
  hbs.registerHelper('pageOf', function (options: Handlebars.HelperOptions) {
    const marker = (n: number) => `\u0001${n}\u0001`;
    const text = hbs.escapeExpression(translator(lngOf(options))('documents:common.pageOf', { page: marker(1), pages: marker(2) }));
    return new hbs.SafeString(text
      .replace(marker(1), '<span class="pageNumber"></span>')
      .replace(marker(2), '<span class="totalPages"></span>'));
  });
  hbs.registerHelper('date', (value: DateInput, options: Handlebars.HelperOptions) => formatDate(toDate(value), lngOf(options)));
  hbs.registerHelper('longDate', (value: DateInput, options: Handlebars.HelperOptions) => formatLongDate(toDate(value), lngOf(options)));
  hbs.registerHelper('time', (value: DateInput) => formatTime(toDate(value)));
  hbs.registerHelper('dateTime', (value: DateInput, options: Handlebars.HelperOptions) => formatDateTime(toDate(value), lngOf(options)));
  hbs.registerHelper('sameInstant', (a: DateInput, b: DateInput) => toDate(a).getTime() === toDate(b).getTime());
  hbs.registerHelper('fileSize', (bytes: number, options: Handlebars.HelperOptions) => {
    const lng = lngOf(options);
    const units = ['B', 'kB', 'MB', 'GB'];
    let v = bytes;
    let u = 0;
    while (v >= 1000 && u < units.length - 1) { v /= 1000; u++; }
    return `${new Intl.NumberFormat(lng, { maximumFractionDigits: u === 0 ? 0 : 1 }).format(v)} ${units[u]}`;
  });
  /** A SHA-256 hex split in groups of 8 so it wraps and can be read aloud. */
  hbs.registerHelper('hexGroups', (hex: string) => String(hex).toLowerCase().match(/.{1,8}/g)?.join(' ') ?? '');
  /** `(concat "documents:idTypes." type)`: builds a key; unknown keys come back as the key itself. */
  hbs.registerHelper('concat', (...args: unknown[]) => args.slice(0, -1).map(String).join(''));
  hbs.registerHelper('inc', (n: number) => n + 1);
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
}
