import puppeteer from 'puppeteer';
import { benchResult, type BenchResult } from './lib/result.ts';
import { benchPlatform } from './lib/bench-platform.ts';

/**
 * document-seal: justificantes issued AND stored per second for an onboarded ayuntamiento
 * (its seal from its schema → template → Chromium PDF → PAdES seal → SHA-256 → one transaction:
 * row with the PDF bytes and ENI metadata in its schema + global CSV index entry), sequential,
 * warm browser, on a throwaway embedded Postgres (synchronous_commit on), against bare
 * puppeteer printing the same HTML with the same PDF options (setContent + page.pdf on a plain
 * page) in the same run. The two loops alternate in short rounds so that noise from other work
 * on the machine hits both alike. Target: ≥ 70 % of the bare rate.
 */
const ROUNDS = 5;
const ROUND_MS = 1_000;

export default async function (): Promise<BenchResult[]> {
  const platform = await benchPlatform({ poolMax: 4 });
  const { config } = await import('../server/config.ts');
  const { onboardTenant } = await import('../server/platform/onboard-tenant.ts');
  const { OnboardTenant } = await import('../server/platform/tenants.schemas.ts');
  const { CHROMIUM_ARGS } = await import('../server/documents/browser-pool.ts');
  const { DocumentRenderer, PDF_MARGINS } = await import('../server/documents/renderer.ts');
  const { renderDocumentHtml } = await import('../server/documents/templates.ts');
  const { sampleJustificante } = await import('../server/documents/sample-data.ts');
  const { generateCsv } = await import('../server/documents/csv-code.ts');
  const { sealPdf } = await import('../server/documents/seal.ts');
  const { issueDocument } = await import('../server/documents/issue-document.ts');
  const { issueTenantDocument, storeIssuedDocument } = await import('../server/documents/issue-tenant-document.ts');
  const { loadTenantSeal } = await import('../server/documents/tenant-seal.ts');
  const { documentTenant } = await import('../server/documents/document-tenant.ts');
  const { verificationUrl } = await import('../server/documents/verification-url.ts');

  const renderer = new DocumentRenderer({ size: 2 });
  const bare = await puppeteer.launch({ executablePath: config().CHROMIUM_PATH, headless: true, pipe: true, args: CHROMIUM_ARGS });
  try {
    const tenant = await onboardTenant(OnboardTenant.parse({
      slug: 'calamonte', name: 'Ayuntamiento de Calamonte', ine: '060251', cif: 'P0602500A', community: 'EX', languages: ['es'], defaultLanguage: 'es',
      branding: { primaryColor: '#1F3A5F', secondaryColor: '#B8860B', address: { street: 'Plaza de España, 1', postalCode: '06810', city: 'Calamonte', province: 'Badajoz' } },
    }), { actor: 'bench' });
    const data = sampleJustificante('es');
    const seal = await loadTenantSeal(tenant);
    const docTenant = await documentTenant(tenant, 'es');
    const input = () => {
      const csv = generateCsv();
      return { template: 'justificante' as const, lng: 'es' as const, data, tenant: docTenant, csv, verifyUrl: verificationUrl(tenant, csv) };
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
      const doc = await issueTenantDocument(tenant, { template: 'justificante', lng: 'es', data }, { renderer });
      pages = doc.pages;
      size = doc.size;
    };

    // Warm both (browser launch, fonts, first layout, seal key, pool).
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
    const phases = { templateMs: [] as number[], renderMs: [] as number[], sealMs: [] as number[], storeMs: [] as number[] };
    for (let i = 0; i < 15; i++) {
      const one = input();
      let t = performance.now();
      const html = await renderDocumentHtml(one);
      phases.templateMs.push(performance.now() - t);
      t = performance.now();
      const pdf = await renderer.htmlToPdf(html);
      phases.renderMs.push(performance.now() - t);
      t = performance.now();
      await sealPdf(pdf, seal.key);
      phases.sealMs.push(performance.now() - t);
      const issued = await issueDocument({ ...one, seal: seal.key, renderer });
      t = performance.now();
      await storeIssuedDocument(tenant, { template: 'justificante', lng: 'es' }, issued, one.csv, seal.certificate);
      phases.storeMs.push(performance.now() - t);
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
        pipeline: 'tenant seal (cached key) → handlebars + QR → Chromium page.pdf (tagged, header/footer) → PAdES B-B (pkijs CMS, signing-certificate-v2) → SHA-256 → one transaction: tenant row (PDF bytea, ENI metadata) + platform CSV index entry',
        baseline: 'bare puppeteer setContent + page.pdf of the same HTML with the same options, separate browser, same run',
        documents: totals.pipeline.n,
        bareDocuments: totals.bare.n,
        seconds: Math.round(totals.pipeline.ms) / 1000,
        medianTemplateMs: median(phases.templateMs),
        medianRenderMs: median(phases.renderMs),
        medianSealMs: median(phases.sealMs),
        medianStoreMs: median(phases.storeMs),
        database: 'embedded Postgres 18, synchronous_commit=on, same machine',
      },
    })];
  } finally {
    await bare.close();
    await renderer.close();
    await platform.close();
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.floor(s.length / 2)]! * 10) / 10;
}
