import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer';
import { benchResult, type BenchResult } from './lib/result.ts';
import { config } from '../server/config.ts';
import { issueSealCertificate, loadOrCreateDeploymentPki, readPkcs12 } from '../server/pki/index.ts';
import { loadSealKey } from '../server/documents/cms-signer.ts';
import { issueDocument } from '../server/documents/issue-document.ts';
import { CHROMIUM_ARGS } from '../server/documents/browser-pool.ts';
import { DocumentRenderer, PDF_MARGINS } from '../server/documents/renderer.ts';
import { renderDocumentHtml } from '../server/documents/templates.ts';
import { sampleJustificante, SAMPLE_TENANT } from '../server/documents/sample-data.ts';
import { generateCsv } from '../server/documents/csv-code.ts';
import { sealPdf } from '../server/documents/seal.ts';

/**
 * document-seal: justificantes issued per second (template → Chromium PDF → PAdES seal →
 * SHA-256), sequential, warm browser, against bare puppeteer printing the same HTML with the
 * same PDF options (setContent + page.pdf on a plain page) in the same run. The two loops
 * alternate in short rounds so that noise from other work on the machine hits both alike.
 * Target: ≥ 70 % of the bare rate. Storage (Postgres, CSV index) is not included yet.
 */
const ROUNDS = 5;
const ROUND_MS = 1_000;

export default async function (): Promise<BenchResult[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sede-bench-docs-'));
  const renderer = new DocumentRenderer({ size: 2 });
  const bare = await puppeteer.launch({ executablePath: config().CHROMIUM_PATH, headless: true, pipe: true, args: CHROMIUM_ARGS });
  try {
    const pki = await loadOrCreateDeploymentPki(path.join(dir, 'pki'));
    const issued = await issueSealCertificate(pki, { organizationName: SAMPLE_TENANT.name, cif: 'P0602500A', dir3: SAMPLE_TENANT.dir3 });
    const seal = readPkcs12(issued.p12, issued.password);
    const key = await loadSealKey(seal);
    const data = sampleJustificante('es');
    const input = () => {
      const csv = generateCsv();
      return { template: 'justificante' as const, lng: 'es' as const, data, tenant: SAMPLE_TENANT, csv, verifyUrl: `https://calamonte.sede.localhost/verificar/${csv}` };
    };

    // The bare baseline prints exactly what the pipeline prints.
    const rendered = await renderDocumentHtml(input());
    const page = await bare.newPage();
    const barePdf = async () => {
      await page.setContent(rendered.html, { waitUntil: 'load' });
      return page.pdf({
        format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true, outline: true,
        displayHeaderFooter: true, headerTemplate: rendered.headerTemplate, footerTemplate: rendered.footerTemplate, margin: PDF_MARGINS,
      });
    };

    let pages = 0;
    let size = 0;
    const pipeline = async () => {
      const doc = await issueDocument({ ...input(), seal: key, renderer });
      pages = doc.pages;
      size = doc.size;
    };

    // Warm both (browser launch, fonts, first layout).
    for (let i = 0; i < 3; i++) {
      await barePdf();
      await pipeline();
    }

    const totals = { bare: { n: 0, ms: 0 }, pipeline: { n: 0, ms: 0 } };
    const runFor = async (fn: () => Promise<unknown>, into: { n: number; ms: number }) => {
      const start = performance.now();
      while (performance.now() - start < ROUND_MS) {
        await fn();
        into.n++;
      }
      into.ms += performance.now() - start;
    };
    for (let r = 0; r < ROUNDS; r++) {
      await runFor(barePdf, totals.bare);
      await runFor(pipeline, totals.pipeline);
    }

    // Where the pipeline's time goes (medians over a few documents).
    const phases = { templateMs: [] as number[], renderMs: [] as number[], sealMs: [] as number[] };
    for (let i = 0; i < 15; i++) {
      let t = performance.now();
      const html = await renderDocumentHtml(input());
      phases.templateMs.push(performance.now() - t);
      t = performance.now();
      const pdf = await renderer.htmlToPdf(html);
      phases.renderMs.push(performance.now() - t);
      t = performance.now();
      await sealPdf(pdf, key);
      phases.sealMs.push(performance.now() - t);
    }

    const bareRate = (totals.bare.n * 1000) / totals.bare.ms;
    const rate = (totals.pipeline.n * 1000) / totals.pipeline.ms;
    return [benchResult({
      name: 'document-seal',
      unit: 'documents/s',
      value: rate,
      baseline: bareRate,
      target: 0.7,
      targetKind: 'ratio-min',
      details: {
        document: `justificante (es), ${pages} A4 pages, ${size} bytes sealed`,
        pipeline: 'handlebars + QR → Chromium page.pdf (tagged, header/footer) → PAdES B-B (pkijs CMS, signing-certificate-v2) → SHA-256',
        baseline: 'bare puppeteer setContent + page.pdf of the same HTML with the same options, separate browser, same run',
        documents: totals.pipeline.n,
        bareDocuments: totals.bare.n,
        seconds: Math.round(totals.pipeline.ms) / 1000,
        medianTemplateMs: median(phases.templateMs),
        medianRenderMs: median(phases.renderMs),
        medianSealMs: median(phases.sealMs),
        notIncluded: 'storage (Postgres row with ENI metadata, global CSV index) comes with the database layer',
      },
    })];
  } finally {
    await bare.close();
    await renderer.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.floor(s.length / 2)]! * 10) / 10;
}
