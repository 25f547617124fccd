import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DOCUMENT_TEMPLATES, renderDocumentHtml, TEMPLATES_DIR } from '../../../server/documents/templates.ts';
import { sampleData, sampleJustificante, SAMPLE_TENANT } from '../../../server/documents/sample-data.ts';
import { UnknownTemplate } from '../../../server/documents/documents.errors.ts';
import type { DocumentTemplate, RenderInput } from '../../../server/documents/types.ts';
import type { Language } from '../../../server/i18n/languages.ts';

const templates = Object.keys(DOCUMENT_TEMPLATES) as DocumentTemplate[];
const languages: Language[] = ['es', 'ca', 'eu'];
const csv = '7KQF-M2XA-9RTD-HB4W-CZ6P';

const input = (template: DocumentTemplate, lng: Language): RenderInput => ({
  template, lng, data: sampleData(template, lng), tenant: SAMPLE_TENANT, csv, verifyUrl: 'https://calamonte.sede.localhost/verificar/7KQFM2XA9RTDHB4WCZ6P',
});

function allTemplateFiles(): string[] {
  const files = readdirSync(TEMPLATES_DIR).filter((f) => f.endsWith('.hbs')).map((f) => path.join(TEMPLATES_DIR, f));
  const partials = readdirSync(path.join(TEMPLATES_DIR, 'partials')).map((f) => path.join(TEMPLATES_DIR, 'partials', f));
  return [...files, ...partials];
}

describe('document templates', () => {
  test('never use unescaped output ({{{ }}} or {{& }})', () => {
    for (const file of allTemplateFiles()) {
      const source = readFileSync(file, 'utf8');
      expect({ file, triple: /\{\{\{|\{\{~?&/.test(source) }).toEqual({ file, triple: false });
    }
  });

  test('there is one file per registered template', () => {
    const files = readdirSync(TEMPLATES_DIR).filter((f) => f.endsWith('.hbs')).map((f) => f.slice(0, -4)).sort();
    expect(files).toEqual([...templates].sort());
  });

  test.each(languages)('every string is translated in %s (no raw keys in the output)', async (lng) => {
    for (const template of templates) {
      const r = await renderDocumentHtml(input(template, lng));
      for (const html of [r.html, r.headerTemplate, r.footerTemplate]) {
        expect(html).not.toMatch(/documents:/);
        expect(html).not.toMatch(/\{\{|\}\}/);
      }
      expect(r.html).toContain(`<html lang="${lng}">`);
      expect(r.footerTemplate).toContain(csv);
      expect(r.footerTemplate).toContain('class="pageNumber"');
      expect(r.footerTemplate).toContain('class="totalPages"');
      expect(r.footerTemplate).toContain('data:image/svg+xml;base64,');
      expect(r.headerTemplate).toContain(SAMPLE_TENANT.logoDataUrl);
    }
  });

  test('uses the terms of each language', async () => {
    const es = await renderDocumentHtml(input('justificante', 'es'));
    const ca = await renderDocumentHtml(input('justificante', 'ca'));
    const eu = await renderDocumentHtml(input('justificante', 'eu'));
    expect(es.footerTemplate).toContain('Código Seguro de Verificación (CSV)');
    expect(ca.footerTemplate).toContain('Codi segur de verificació (CSV)');
    expect(eu.footerTemplate).toContain('Egiaztapen-kode segurua (EKS)');
    expect(es.html).toContain('NIF 34127865M');
    expect(eu.html).toContain('IFZ 34127865M'); // Basque acronyms: IFZ, AIZ
    expect(es.html).toContain('14/03/2026 18:42:19');
    expect(eu.html).toContain('2026/03/14 18:42:19');
    expect(ca.footerTemplate).toContain('Podeu comprovar'); // vós
    expect(es.footerTemplate).toContain('Puede comprobar'); // usted
    expect(es.html).toContain('3 meses');
    const volanteEu = await renderDocumentHtml(input('volante-empadronamiento', 'eu'));
    expect(volanteEu.html).toContain('AIZ X3847261M');
    expect(volanteEu.html).toContain('2026ko martxoaren 17a');
  });

  test('tenant and citizen text is escaped everywhere', async () => {
    const data = sampleJustificante('es');
    data.applicant.name = '<script>alert(1)</script>';
    const r = await renderDocumentHtml({
      ...input('justificante', 'es'),
      data,
      tenant: { ...SAMPLE_TENANT, name: '<img src=x onerror=alert(1)>', address: 'Calle "Mayor" & 1\n<b>06810</b>' },
      verifyUrl: 'https://x.example/v?a=1&b="2"',
    });
    expect(r.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(r.html).not.toContain('<script>');
    expect(r.headerTemplate).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    expect(r.headerTemplate).toContain('&lt;b&gt;06810&lt;/b&gt;');
    expect(r.headerTemplate).not.toContain('<img src=x');
    expect(r.footerTemplate).toContain('a&#x3D;1&amp;b&#x3D;&quot;2&quot;');
  });

  test('a logo that is not an image data: URL is dropped', async () => {
    for (const logoDataUrl of ['https://evil.example/logo.png', 'javascript:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=', 'data:image/png;base64,AAA" onerror="x']) {
      const r = await renderDocumentHtml({ ...input('volante-empadronamiento', 'es'), tenant: { ...SAMPLE_TENANT, logoDataUrl } });
      expect(r.headerTemplate).not.toContain('<img');
    }
  });

  test('an unknown template is refused', async () => {
    await expect(renderDocumentHtml({ ...input('justificante', 'es'), template: 'carta-libre' as DocumentTemplate })).rejects.toBeInstanceOf(UnknownTemplate);
    await expect(renderDocumentHtml({ ...input('justificante', 'es'), template: '__proto__' as DocumentTemplate })).rejects.toBeInstanceOf(UnknownTemplate);
  });

  test('a receipt filed on a working day has no 31.2.b note', async () => {
    const data = sampleJustificante('es');
    data.entry.effectiveAt = data.entry.presentedAt;
    const r = await renderDocumentHtml({ ...input('justificante', 'es'), data });
    expect(r.html).not.toContain('31.2.b');
    expect((await renderDocumentHtml(input('justificante', 'es'))).html).toContain('31.2.b');
  });
});
