import { issueDocument, countPages } from '../../../server/documents/issue-document.ts';
import { DocumentRenderer } from '../../../server/documents/renderer.ts';
import { generateCsv } from '../../../server/documents/csv-code.ts';
import { sampleData, sampleJustificante, SAMPLE_TENANT } from '../../../server/documents/sample-data.ts';
import { verifySealedPdf } from '../../../server/documents/verify-seal.ts';
import { sealPdf } from '../../../server/documents/seal.ts';
import { loadSealKey } from '../../../server/documents/cms-signer.ts';
import { SealCertificateExpired } from '../../../server/documents/documents.errors.ts';
import type { DocumentTemplate } from '../../../server/documents/types.ts';
import type { Language } from '../../../server/i18n/languages.ts';
import { nssDbTrusting, sealFixtures, type SealFixtures } from './seal-fixtures.ts';
import { pageTexts, pdfTool } from './pdf-tools.ts';

/** Real Chromium, real PKI, real poppler: render → seal → verify, in the three languages. */
let fx: SealFixtures;
let renderer: DocumentRenderer;
let nssdb: string;

beforeAll(async () => {
  fx = await sealFixtures();
  nssdb = nssDbTrusting(fx.dir, fx.rootPem);
  renderer = new DocumentRenderer({ size: 2, timeoutMs: 30_000 });
});

afterAll(async () => {
  await renderer?.close();
  fx?.cleanup();
});

const verifyUrl = (csv: string) => `https://calamonte.sede.localhost/verificar/${csv.replace(/-/g, '')}`;

async function issue(template: DocumentTemplate, lng: Language, overrides: Partial<Parameters<typeof issueDocument>[0]> = {}) {
  const csv = generateCsv();
  const doc = await issueDocument({
    template, lng, data: sampleData(template, lng), tenant: SAMPLE_TENANT, csv, verifyUrl: verifyUrl(csv), seal: fx.seal, renderer,
    ...overrides,
  });
  return { csv, doc };
}

const TITLES: Record<DocumentTemplate, Record<Language, string>> = {
  justificante: { es: 'Justificante de presentación', ca: 'Justificant de presentació', eu: 'Aurkezpen-egiaztagiria' },
  'diligencia-publicacion': { es: 'Diligencia de publicación', ca: 'Diligència de publicació', eu: 'Argitaratze-eginbidea' },
  'volante-empadronamiento': { es: 'Volante de empadronamiento', ca: "Volant d'empadronament", eu: 'Errolda-agiria' },
};

describe.each(['es', 'ca', 'eu'] as Language[])('round trip in %s', (lng) => {
  test.each(Object.keys(TITLES) as DocumentTemplate[])('%s: rendered, sealed, valid for pdfsig and for our verifier, tagged, CSV on every page', async (template) => {
    const { csv, doc } = await issue(template, lng);

    expect(doc.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(doc.size).toBe(doc.pdf.length);
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.pages).toBeGreaterThanOrEqual(1);
    expect(doc.title).toBe(TITLES[template][lng]);

    const sig = pdfTool(fx.dir, 'pdfsig', doc.pdf, ['-nocert']);
    expect(sig).toContain('Signature is Valid');
    expect(sig).toContain('ETSI.CAdES.detached');
    expect(sig).toContain('Total document signed');
    expect(pdfTool(fx.dir, 'pdfsig', doc.pdf, ['-nssdir', nssdb])).toContain('Certificate is Trusted');

    const info = pdfTool(fx.dir, 'pdfinfo', doc.pdf);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(doc.pages);
    expect(info).toContain(`Title:           ${TITLES[template][lng]}`);
    const struct = pdfTool(fx.dir, 'pdfinfo', doc.pdf, ['-struct']);
    for (const tag of ['H1 ', 'H2 ', 'Table ', 'TH ']) expect(struct).toContain(tag);
    expect(doc.pdf.toString('latin1')).toContain(`/Lang (${lng})`);

    const pages = pageTexts(fx.dir, doc.pdf);
    expect(pages).toHaveLength(doc.pages);
    for (const text of pages) {
      expect(text).toContain(csv);
      expect(text).toContain(verifyUrl(csv));
    }
    expect(pages[0]).toContain(TITLES[template][lng]);
    expect(pages[0]).toContain('Ayuntamiento de Calamonte');

    const v = await verifySealedPdf(doc.pdf, { trustedCertificatesPem: [fx.rootPem] });
    expect(v.problems).toEqual([]);
    expect(v.valid).toBe(true);
    expect(v.signer?.subject).toContain('CN=SELLO ELECTRONICO DE AYUNTAMIENTO DE CALAMONTE');
    expect(v.signer?.fingerprintSha256).toBe(fx.seal.fingerprintSha256);
    expect(Math.abs(v.signingTime!.getTime() - doc.signingTime.getTime())).toBe(0);
  });
});

describe('sealed documents', () => {
  test('a long justificante runs over several pages, each with the footer, and stays tagged', async () => {
    const data = sampleJustificante('es');
    data.documents = Array.from({ length: 60 }, (_, i) => ({ ...data.documents[i % 4]!, name: `Anexo ${i + 1}.pdf` }));
    const { csv, doc } = await issue('justificante', 'es', { data });
    expect(doc.pages).toBeGreaterThanOrEqual(3);
    const pages = pageTexts(fx.dir, doc.pdf);
    pages.forEach((text, i) => {
      expect(text).toContain(csv);
      expect(text).toContain(`Página ${i + 1} de ${doc.pages}`);
    });
    expect(pdfTool(fx.dir, 'pdfinfo', doc.pdf)).toMatch(/Tagged:\s+yes/);
    expect(countPages(doc.pdf)).toBe(doc.pages);
  });

  test('text from tenants and citizens is printed as text, never run as markup', async () => {
    const data = sampleJustificante('es');
    data.applicant.name = '<script>alert(1)</script>';
    data.summary = '</td></tr></table><h1>Falso</h1><img src="https://evil.example/x.png">';
    const tenant = { ...SAMPLE_TENANT, name: 'Ayto <b>"Calamonte"</b> & Cía', logoDataUrl: 'https://evil.example/logo.png' };
    const { doc } = await issue('justificante', 'es', { data, tenant });
    const text = pageTexts(fx.dir, doc.pdf).join(' ');
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('</td></tr></table><h1>Falso</h1><img src="https://evil.example/x.png">');
    expect(text).toContain('Ayto <b>"Calamonte"</b> & Cía');
    expect(pdfTool(fx.dir, 'pdfsig', doc.pdf, ['-nocert'])).toContain('Signature is Valid');
  });

  test('one tampered byte: pdfsig and our verifier both say no', async () => {
    const { doc } = await issue('volante-empadronamiento', 'es');
    const tampered = Buffer.from(doc.pdf);
    // A byte inside the first page's content, well before the signature.
    const at = tampered.indexOf('stream') + 200;
    tampered[at] = tampered[at]! ^ 0x01;
    const v = await verifySealedPdf(tampered, { trustedCertificatesPem: [fx.rootPem] });
    expect(v.valid).toBe(false);
    expect(v.problems).toContain('digestMismatch');
    expect(pdfTool(fx.dir, 'pdfsig', tampered, ['-nocert'])).not.toContain('Signature is Valid');
  });

  test('bytes appended after the seal are caught (ByteRange no longer covers the file)', async () => {
    const { doc } = await issue('diligencia-publicacion', 'ca');
    const extended = Buffer.concat([doc.pdf, Buffer.from('\n% appended later\n')]);
    const v = await verifySealedPdf(extended, { trustedCertificatesPem: [fx.rootPem] });
    expect(v.valid).toBe(false);
    expect(v.problems).toContain('byteRangeIncomplete');
  });

  test('a wrong certHash in signing-certificate-v2 passes pdfsig but not our verifier', async () => {
    const rendered = await renderer.render({
      template: 'justificante', lng: 'es', data: sampleJustificante('es'), tenant: SAMPLE_TENANT, csv: generateCsv(), verifyUrl: 'https://x.example/v',
    });
    const key = await loadSealKey(fx.seal);
    const other = await loadSealKey(fx.otherSeal);
    // Same issuer and serial as the signer, but the SHA-256 of another certificate.
    const { pdf } = await sealPdf(rendered.pdf, key, { cms: { essCertificate: { certificate: key.certificate, der: other.certificateDer } } });
    expect(pdfTool(fx.dir, 'pdfsig', pdf, ['-nocert'])).toContain('Signature is Valid');
    const v = await verifySealedPdf(pdf, { trustedCertificatesPem: [fx.rootPem] });
    expect(v.valid).toBe(false);
    expect(v.checks.signatureValid).toBe(true);
    expect(v.checks.signingCertificateV2Valid).toBe(false);
    expect(v.problems).toEqual(['signingCertificateV2Mismatch']);
    expect(v.details.join(' ')).toMatch(/certHash/);

    // And a signing-certificate-v2 naming another certificate altogether.
    const swapped = await sealPdf(rendered.pdf, key, { cms: { essCertificate: { certificate: other.certificate, der: other.certificateDer } } });
    expect((await verifySealedPdf(swapped.pdf, { trustedCertificatesPem: [fx.rootPem] })).problems).toEqual(['signingCertificateV2Mismatch']);
  });

  test('a seal from a CA we do not trust is reported as untrusted', async () => {
    const { doc } = await issue('justificante', 'eu');
    const stranger = await sealFixtures();
    try {
      const v = await verifySealedPdf(doc.pdf, { trustedCertificatesPem: [stranger.rootPem] });
      expect(v.valid).toBe(false);
      expect(v.checks.chainTrusted).toBe(false);
      expect(v.checks.digestValid).toBe(true);
      expect(v.checks.signatureValid).toBe(true);
      expect(v.problems).toEqual(['chainUntrusted']);
      const unchecked = await verifySealedPdf(doc.pdf);
      expect(unchecked.checks.chainTrusted).toBeNull();
      expect(unchecked.valid).toBe(false);
    } finally {
      stranger.cleanup();
    }
  });

  test('an unsigned PDF has no seal', async () => {
    const rendered = await renderer.render({
      template: 'volante-empadronamiento', lng: 'es', data: sampleData('volante-empadronamiento'), tenant: SAMPLE_TENANT, csv: generateCsv(), verifyUrl: 'https://x.example/v',
    });
    const v = await verifySealedPdf(rendered.pdf);
    expect(v.problems).toEqual(['noSignature']);
  });

  test.each([['an expired', 'expired'], ['a not yet valid', 'notYetValid']] as const)('%s seal certificate is refused before anything is rendered', async (_, which) => {
    const launchesBefore = renderer.pool.launches;
    const attempt = issue('justificante', 'es', { seal: fx[which] });
    await expect(attempt).rejects.toBeInstanceOf(SealCertificateExpired);
    await expect(attempt).rejects.toMatchObject({ code: 'documents.sealCertificateExpired', status: 503, key: 'documents:errors.sealCertificateExpired' });
    expect(renderer.pool.launches).toBe(launchesBefore);
    // And sealing directly refuses too.
    const rendered = await renderer.render({
      template: 'volante-empadronamiento', lng: 'es', data: sampleData('volante-empadronamiento'), tenant: SAMPLE_TENANT, csv: generateCsv(), verifyUrl: 'https://x.example/v',
    });
    await expect(sealPdf(rendered.pdf, fx[which])).rejects.toMatchObject({ code: 'documents.sealCertificateExpired' });
  });
});

describe('seal keys', () => {
  test('a PKCS#12 is decrypted and imported once, with a non-extractable key', async () => {
    const { sealKeyFromPkcs12 } = await import('../../../server/documents/seal-keys.ts');
    const { issueSealCertificate } = await import('../../../server/pki/index.ts');
    const issued = await issueSealCertificate(fx.pki, { organizationName: 'Ayuntamiento de Legazpi', cif: 'P2005100I', dir3: 'L01200512' });
    const a = await sealKeyFromPkcs12(issued.p12, issued.password);
    const b = await sealKeyFromPkcs12(issued.p12, issued.password);
    expect(b).toBe(a);
    expect(a.privateKey.extractable).toBe(false);
    expect(a.subject).toContain('LEGAZPI');
    await expect(sealKeyFromPkcs12(issued.p12, 'wrong')).rejects.toThrow();
  });
});
