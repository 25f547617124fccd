import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import type { Express } from 'express';
import type { Database } from '../../server/db/database.ts';
import { compactCsv, generateCsv } from '../../server/documents/csv-code.ts';
import { issueTenantDocument } from '../../server/documents/issue-tenant-document.ts';
import { closeDocumentRenderer } from '../../server/documents/renderer.ts';
import { sampleDiligenciaPublicacion, sampleJustificante, sampleVolanteEmpadronamiento } from '../../server/documents/sample-data.ts';
import type { Tenant } from '../../server/platform/types.ts';
import { withTenant } from '../../server/tenancy/with-tenant.ts';
import { activeSealFingerprint, deploymentRootPem, documentCounts, installExpiredSeal, removeSeal } from '../support/documents.ts';
import { staffAgent } from '../support/sessions.ts';
import { createTestTenant, hostFor, startTestApp } from '../support/test-app.ts';
import { nssDbTrusting } from '../unit/documents/seal-fixtures.ts';
import { pageTexts, pdfTool } from '../unit/documents/pdf-tools.ts';

/**
 * The document store, end to end: issue (real Chromium, real seal from the tenant's schema) →
 * row in the tenant schema + entry in the global CSV index in one transaction → verification by
 * CSV on the owner's sede, on another sede and on the portal → download, checked by pdfsig.
 */
let app: Express;
let database: Database;
let a: Tenant;
let b: Tenant;
let dir: string;
let nssdb: string;

beforeAll(async () => {
  ({ app, database } = await startTestApp());
  a = await createTestTenant({ name: 'Ayuntamiento de Valdemora', names: { es: 'Ayuntamiento de Valdemora', ca: 'Ajuntament de Valdemora' }, languages: ['es', 'ca'], defaultLanguage: 'es' });
  b = await createTestTenant({ name: 'Ibarrako Udala', names: { eu: 'Ibarrako Udala', es: 'Ayuntamiento de Ibarra' }, languages: ['eu', 'es'], defaultLanguage: 'eu', community: 'PV' });
  dir = mkdtempSync(path.join(os.tmpdir(), 'sede-docs-api-'));
  nssdb = nssDbTrusting(dir, await deploymentRootPem());
}, 120_000);

afterAll(async () => {
  await closeDocumentRenderer();
  await database?.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (host: string, url: string, lang = 'es') => request(app).get(url).set('Host', host).set('Accept-Language', lang);
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('issuing a document for an ayuntamiento', () => {
  let issued: Awaited<ReturnType<typeof issueTenantDocument>>;
  const data = sampleJustificante('es');

  beforeAll(async () => {
    issued = await issueTenantDocument(a, { template: 'justificante', lng: 'es', data });
  }, 60_000);

  test('stores the row (PDF, SHA-256, ENI metadata, seal) in the tenant schema and the CSV in the global index, nothing elsewhere', async () => {
    expect(issued.csv).toBe(compactCsv(issued.printedCsv));
    expect(issued.verifyUrl).toBe(`http://${hostFor(a)}:3000/verificacion?csv=${issued.csv}`);
    const row = await withTenant(a, (tdb) => tdb('documents').where({ id: issued.id }).first());
    expect(row).toMatchObject({
      csv: issued.csv, template: 'justificante', language: 'es', title: 'Justificante de presentación', tipo_documental: 'TD09',
      estado_elaboracion: 'EE01', origin_administration: true, mime_type: 'application/pdf', eni_organos: [a.dir3],
      seal_fingerprint_sha256: await activeSealFingerprint(a),
    });
    expect(row.sha256).toBe(sha256(row.pdf));
    expect(row.size).toBe(row.pdf.length);
    expect(Buffer.compare(row.pdf, issued.pdf)).toBe(0);
    expect(row.eni_identifier).toBe(`ES_${a.dir3}_${new Date().getFullYear()}_DOC_${String(issued.id).padStart(26, '0')}`);
    expect(row.eni_identifier.length).toBeLessThanOrEqual(52);

    const index = await database.knex('platform.csv_index').where({ csv: issued.csv });
    expect(index).toEqual([expect.objectContaining({ tenant_slug: a.slug, document_id: issued.id })]);
    expect((await documentCounts(b)).documents).toBe(0);
  });

  test('verified on its own sede: metadata, owner, and the signer from our verifier', async () => {
    const res = await get(hostFor(a), `/api/verify/${issued.printedCsv}`).expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toMatchObject({
      csv: issued.printedCsv,
      document: { title: 'Justificante de presentación', tipoDocumental: { code: 'TD09', name: 'Acuse de recibo' }, sha256: issued.sha256, hashMatches: true, pages: issued.pages, size: issued.size },
      eni: { identifier: issued.eniIdentifier, organos: [a.dir3], estadoElaboracion: { code: 'EE01', name: 'Original' }, origin: 'administracion' },
      owner: { slug: a.slug, name: 'Ayuntamiento de Valdemora', dir3: a.dir3, isThisSede: true },
      seal: { valid: true, intact: true, chainTrusted: true, problems: [] },
    });
    expect(res.body.seal.signer.organization).toBe('Ayuntamiento de Valdemora');
    expect(res.body.seal.signer.fingerprintSha256).toBe(await activeSealFingerprint(a));
    expect(new Date(res.body.seal.signedAt).getTime()).toBe(new Date(res.body.document.issuedAt).getTime());
  });

  test('verified on another sede and on the portal: shown as the owner\'s, not hidden, not mixed', async () => {
    const onB = await get(hostFor(b), `/api/verify/${issued.csv}`, 'es').expect(200);
    expect(onB.body.owner).toMatchObject({ slug: a.slug, name: 'Ayuntamiento de Valdemora', dir3: a.dir3, isThisSede: false });
    expect(onB.body.owner.url).toContain(hostFor(a));
    expect(onB.body.document.sha256).toBe(issued.sha256);
    const onPortal = await get('sede.localhost', `/api/verify/${issued.csv.toLowerCase()}`, 'ca').expect(200);
    expect(onPortal.body.owner).toMatchObject({ slug: a.slug, name: 'Ajuntament de Valdemora', isThisSede: false });
    expect(onPortal.body.document.tipoDocumental.name).toBe('Acusament de rebuda');
  });

  test('the downloaded PDF is the stored one: pdfsig says valid and trusted, its SHA-256 is the stored and shown one', async () => {
    const res = await get(hostFor(b), `/api/verify/${issued.csv}/pdf`).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${issued.csv}.pdf"`);
    const pdf = res.body as Buffer;
    expect(sha256(pdf)).toBe(issued.sha256);
    const sig = pdfTool(dir, 'pdfsig', pdf, ['-nssdir', nssdb]);
    expect(sig).toContain('Signature is Valid');
    expect(sig).toContain('Certificate is Trusted');
    expect(sig).toContain('Total document signed');

    // What the pages print: the CSV and the verification URL on every page, and the hashes of
    // the documents presented exactly as the registry holds them.
    const pages = pageTexts(dir, pdf);
    for (const text of pages) {
      expect(text).toContain(issued.printedCsv);
      expect(text).toContain(issued.verifyUrl);
    }
    const all = pages.join(' ');
    for (const d of data.documents) expect(all).toContain(d.sha256.match(/.{8}/g)!.join(' '));
  });

  test('the ENI metadata export of the stored document', async () => {
    const res = await get('sede.localhost', `/api/verify/${issued.csv}/eni.xml`).expect(200);
    expect(res.headers['content-type']).toBe('application/xml; charset=utf-8');
    const xml = res.text;
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<enidocmeta:metadatos xmlns:enidocmeta="http:\/\/administracionelectronica.gob.es\/ENI\/XSD\/v1.0\/documento-e\/metadatos"/);
    expect(xml).toContain(`<enidocmeta:Identificador>${issued.eniIdentifier}</enidocmeta:Identificador>`);
    expect(xml).toContain(`<enidocmeta:Organo>${a.dir3}</enidocmeta:Organo>`);
    expect(xml).toContain('<enidocmeta:OrigenCiudadanoAdministracion>true</enidocmeta:OrigenCiudadanoAdministracion>');
    expect(xml).toContain('<enidocmeta:ValorEstadoElaboracion>EE01</enidocmeta:ValorEstadoElaboracion>');
    expect(xml).toContain('<enidocmeta:TipoDocumental>TD09</enidocmeta:TipoDocumental>');
    expect(xml).toMatch(/<enidocmeta:FechaCaptura>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d<\/enidocmeta:FechaCaptura>/);
    const order = ['VersionNTI', 'Identificador', 'Organo', 'FechaCaptura', 'OrigenCiudadanoAdministracion', 'EstadoElaboracion', 'TipoDocumental'].map((e) => xml.indexOf(`<enidocmeta:${e}>`));
    expect(order).toEqual([...order].sort((x, y) => x - y));
  });
});

test('a document in Basque for another tenant gets its own row, index entry and ENI identifier', async () => {
  const before = await documentCounts(b);
  const d = await issueTenantDocument(b, { template: 'diligencia-publicacion', lng: 'eu', data: sampleDiligenciaPublicacion('eu') });
  expect(d).toMatchObject({ template: 'diligencia-publicacion', language: 'eu', title: 'Argitaratze-eginbidea', tipoDocumental: 'TD12' });
  expect(d.eniIdentifier.startsWith(`ES_${b.dir3}_`)).toBe(true);
  expect(await documentCounts(b)).toEqual({ documents: before.documents + 1, index: before.index + 1 });
  // On the portal in Basque; on A's sede (es, ca) in A's language, with B's Spanish name.
  const res = await get('sede.localhost', `/api/verify/${d.csv}`, 'eu').expect(200);
  expect(res.body.owner).toMatchObject({ slug: b.slug, name: 'Ibarrako Udala', isThisSede: false });
  expect(res.body.document.tipoDocumental.name).toBe('Eginbidea');
  const onA = await get(hostFor(a), `/api/verify/${d.csv}`, 'eu').expect(200);
  expect(onA.body.owner).toMatchObject({ slug: b.slug, name: 'Ayuntamiento de Ibarra', isThisSede: false });
  expect(onA.headers['content-language']).toBe('es');
}, 60_000);

test('a language the sede does not offer is refused before anything is rendered', async () => {
  await expect(issueTenantDocument(a, { template: 'justificante', lng: 'eu', data: sampleJustificante('eu') })).rejects.toMatchObject({ code: 'documents.languageNotEnabled', status: 422 });
});

test('tenant and citizen text with <script> goes through the store path as text, escaped', async () => {
  const evil = await createTestTenant({ name: 'Ayuntamiento <script>alert(1)</script> de Prueba',
    branding: { primaryColor: '#00843D', secondaryColor: '#C8102E', address: { street: '<img src=x onerror=alert(2)> Plaza, 1', postalCode: '06810', city: 'Prueba', province: 'Badajoz' } } });
  const data = { ...sampleJustificante('es'), subject: '<script>document.title="pwned"</script>Licencia' };
  const d = await issueTenantDocument(evil, { template: 'justificante', lng: 'es', data });
  const html = d.pdf.toString('latin1');
  expect(html).not.toContain('<script>document.title');
  const text = pageTexts(dir, d.pdf).join(' ');
  expect(text).toContain('Ayuntamiento <script>alert(1)</script> de Prueba');
  expect(text).toContain('<img src=x onerror=alert(2)> Plaza, 1');
  expect(text).toContain('<script>document.title="pwned"</script>Licencia');
  const res = await get(hostFor(a), `/api/verify/${d.csv}`).expect(200);
  expect(res.body.owner.name).toBe('Ayuntamiento <script>alert(1)</script> de Prueba'); // JSON: the client escapes it
  expect(res.body.seal.valid).toBe(true);
}, 60_000);

test('bytes altered in the database after issue: the look-up sees it (hash mismatch, seal broken), remembered verdicts notwithstanding', async () => {
  const t = await createTestTenant();
  const d = await issueTenantDocument(t, { template: 'justificante', lng: 'es', data: sampleJustificante('es') });
  const good = await get(hostFor(t), `/api/verify/${d.csv}`).expect(200);
  expect(good.body.seal.valid).toBe(true);
  // Someone with database access changes one byte of the text inside the signed range.
  const tampered = Buffer.from(d.pdf);
  const at = tampered.indexOf('/Title');
  tampered[at + 1] = 't'.charCodeAt(0);
  await withTenant(t, (tdb) => tdb('documents').where({ id: d.id }).update({ pdf: tampered }));
  const bad = await get(hostFor(t), `/api/verify/${d.csv}`).expect(200);
  expect(bad.body.document.hashMatches).toBe(false);
  expect(bad.body.seal).toMatchObject({ valid: false, intact: false });
  expect(bad.body.seal.problems).toContain('digestMismatch');
}, 60_000);

describe('no valid seal, no document', () => {
  test('without a seal certificate: refused with the clear staff error, no row, no index entry', async () => {
    const t = await createTestTenant();
    await removeSeal(t);
    const err = await issueTenantDocument(t, { template: 'justificante', lng: 'es', data: sampleJustificante('es') }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'documents.sealCertificateMissing', status: 503 });
    expect(await documentCounts(t)).toEqual({ documents: 0, index: 0 });
  });

  test('with an expired seal certificate: refused with the clear staff error, no row, no index entry', async () => {
    const t = await createTestTenant({ name: 'Ayuntamiento de Caducada' });
    await installExpiredSeal(t);
    const err = await issueTenantDocument(t, { template: 'volante-empadronamiento', lng: 'es', data: sampleVolanteEmpadronamiento('es') }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'documents.sealCertificateNotValid', status: 503 });
    expect(await documentCounts(t)).toEqual({ documents: 0, index: 0 });
    // The message staff see (problem+json through the gallery route, same service).
    const staff = await staffAgent(app, t);
    const res = await staff.get('/api/documents/gallery/justificante?lng=es').expect(503);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.detail).toMatch(/^No se puede emitir el documento: el certificado de sello electrónico de Ayuntamiento de Caducada no está vigente \(válido del \d{4}-\d\d-\d\d al \d{4}-\d\d-\d\d\)/);
  });
});

describe('CSV collisions', () => {
  test('a CSV already issued is never reused: the document is rendered again with a new code', async () => {
    const first = await issueTenantDocument(a, { template: 'justificante', lng: 'ca', data: sampleJustificante('ca') });
    const codes = [first.printedCsv, generateCsv()];
    const before = await documentCounts(a);
    const second = await issueTenantDocument(a, { template: 'justificante', lng: 'ca', data: sampleJustificante('ca') }, { generateCsv: () => codes.shift()! });
    expect(second.csv).not.toBe(first.csv);
    expect(pageTexts(dir, second.pdf).join(' ')).toContain(second.printedCsv);
    expect(await documentCounts(a)).toEqual({ documents: before.documents + 1, index: before.index + 1 });
  }, 60_000);

  test('a collision with another tenant\'s CSV is caught by the global index too; after the last attempt nothing is stored', async () => {
    const other = (await database.knex('platform.csv_index').where({ tenant_slug: b.slug }).first('csv')).csv as string;
    const before = await documentCounts(a);
    const err = await issueTenantDocument(a, { template: 'justificante', lng: 'es', data: sampleJustificante('es') }, { generateCsv: () => other, maxAttempts: 2 }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: '23505', constraint: 'csv_index_pkey' });
    expect(await documentCounts(a)).toEqual(before);
  }, 60_000);
});
