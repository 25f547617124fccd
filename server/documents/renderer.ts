import { BrowserPool, type BrowserPoolOptions } from './browser-pool.ts';
import { renderDocumentHtml, type RenderedHtml } from './templates.ts';
import type { RenderInput } from './types.ts';

/**
 * HTML → tagged PDF in Chromium. The running header (letterhead) and footer (CSV, QR code,
 * verification URL, page numbers) go through Chromium's header/footer templates, so they are
 * on every page; the body margins leave room for them.
 */
export const PDF_MARGINS = { top: '38mm', bottom: '33mm', left: '20mm', right: '20mm' } as const;

export interface RendererOptions extends BrowserPoolOptions {
  /** Time limit for one render (page load + PDF). */
  timeoutMs?: number;
}

export interface RenderedPdf {
  pdf: Buffer;
  title: string;
}

export class DocumentRenderer {
  readonly pool: BrowserPool;
  readonly #timeoutMs: number;

  constructor(options: RendererOptions = {}) {
    this.pool = new BrowserPool(options);
    this.#timeoutMs = options.timeoutMs ?? 20_000;
  }

  /** Renders a template to a PDF. */
  async render(input: RenderInput): Promise<RenderedPdf> {
    const rendered = await renderDocumentHtml(input);
    return { pdf: await this.htmlToPdf(rendered), title: rendered.title };
  }

  /** Prints already rendered HTML (the bench uses it to measure the bare browser). */
  async htmlToPdf(rendered: RenderedHtml): Promise<Buffer> {
    return this.pool.withPage(async (page) => {
      await page.setContent(rendered.html, { waitUntil: 'load' });
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        tagged: true,
        outline: true,
        displayHeaderFooter: true,
        headerTemplate: rendered.headerTemplate,
        footerTemplate: rendered.footerTemplate,
        margin: PDF_MARGINS,
      });
      return Buffer.from(pdf);
    }, this.#timeoutMs);
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

let shared: DocumentRenderer | undefined;

/** The process-wide renderer (one Chromium, two pages). */
export function documentRenderer(): DocumentRenderer {
  shared ??= new DocumentRenderer({ size: 2 });
  return shared;
}

/** For shutdown: closes the shared renderer's browser, if one was started. */
export async function closeDocumentRenderer(): Promise<void> {
  const r = shared;
  shared = undefined;
  await r?.close();
}
