import { renderDocumentHtml } from '../../../server/documents/templates.ts';
import { sampleData, SAMPLE_TENANT } from '../../../server/documents/sample-data.ts';
import { SAMPLE_CSV } from '../../../server/documents/sample-gallery.ts';
import { normalizeCsv } from '../../../server/documents/csv-code.ts';
import type { DocumentTemplate } from '../../../server/documents/types.ts';
import type { Language } from '../../../server/i18n/languages.ts';

/** Gallery samples: marked on every page (header band) and under the title; their CSV can never be a real one. */
const cases: Array<[DocumentTemplate, Language, string]> = [
  ['justificante', 'es', 'Muestra sin validez'],
  ['diligencia-publicacion', 'ca', 'Mostra sense validesa'],
  ['volante-empadronamiento', 'eu', 'Balio gabeko lagina'],
];

test.each(cases)('%s (%s) as a sample says so in the running header and in the body', async (template, lng, mark) => {
  const input = { template, lng, data: sampleData(template, lng), tenant: SAMPLE_TENANT, csv: SAMPLE_CSV, verifyUrl: 'http://x.sede.localhost/verificacion?csv=00000000000000000000' };
  const sample = await renderDocumentHtml({ ...input, sample: true });
  expect(sample.headerTemplate).toContain(mark);
  expect(sample.html).toContain('class="callout sample-notice"');
  const real = await renderDocumentHtml(input);
  expect(real.headerTemplate).not.toContain(mark);
  expect(real.html).not.toContain('sample-notice');
});

test('the sample CSV is outside the CSV alphabet: never generated, never found', () => {
  expect(normalizeCsv(SAMPLE_CSV)).toBeNull();
});
