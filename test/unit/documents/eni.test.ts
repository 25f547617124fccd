import {
  ENI_DOCUMENT_NS, ENI_ID_MAX, eniIdentifier, eniLocalId, eniMetadataXml, escapeXml, parseEniIdentifier,
} from '../../../server/documents/eni.ts';
import { InvalidEniMetadata } from '../../../server/documents/documents.errors.ts';

describe('ENI identifier', () => {
  test('ES_<DIR3>_<year>_<id>, as in the NTI example', () => {
    expect(eniIdentifier('E04912101', new Date('2016-05-01T10:00:00Z'), 'DOC_PADES_00000003')).toBe('ES_E04912101_2016_DOC_PADES_00000003');
    const id = eniIdentifier('L01060251', new Date('2026-03-17T09:30:00Z'), eniLocalId(347));
    expect(id).toBe('ES_L01060251_2026_DOC_00000000000000000000000347');
    expect(id.length).toBeLessThanOrEqual(ENI_ID_MAX);
    expect(parseEniIdentifier(id)).toEqual({ dir3: 'L01060251', year: 2026, localId: 'DOC_00000000000000000000000347' });
  });

  test('the year is the year of capture in Madrid', () => {
    // 23:30 UTC on 31 December is already 1 January in Madrid.
    expect(eniIdentifier('L01060251', new Date('2025-12-31T23:30:00Z'), 'A1')).toBe('ES_L01060251_2026_A1');
  });

  test('bad parts are refused', () => {
    expect(() => eniIdentifier('L0106025', new Date(), 'A')).toThrow(InvalidEniMetadata);
    expect(() => eniIdentifier('l01060251', new Date(), 'A')).toThrow(InvalidEniMetadata);
    expect(() => eniIdentifier('L01060251', new Date(), 'X'.repeat(31))).toThrow(InvalidEniMetadata);
    expect(() => eniIdentifier('L01060251', new Date(), 'a-b')).toThrow(InvalidEniMetadata);
    expect(() => eniIdentifier('L01060251', new Date(), '')).toThrow(InvalidEniMetadata);
    expect(parseEniIdentifier('ES_L01060251_2026_')).toBeNull();
    expect(parseEniIdentifier('ES_L01060251_26_X')).toBeNull();
  });
});

describe('ENI metadata XML', () => {
  const base = {
    identificador: 'ES_L01060251_2026_DOC_00000000000000000000000347',
    organos: ['L01060251'],
    fechaCaptura: new Date('2026-03-17T09:30:05Z'),
    origenAdministracion: true,
    estadoElaboracion: 'EE01' as const,
    tipoDocumental: 'TD09' as const,
  };

  test('children in schema order, in the ENI namespace, time in Madrid with its offset', () => {
    const xml = eniMetadataXml(base);
    expect(xml).toContain(`xmlns:enidocmeta="${ENI_DOCUMENT_NS}"`);
    const order = ['VersionNTI', 'Identificador', 'Organo', 'FechaCaptura', 'OrigenCiudadanoAdministracion', 'EstadoElaboracion', 'TipoDocumental'];
    const positions = order.map((tag) => xml.indexOf(`<enidocmeta:${tag}>`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(xml).toContain('<enidocmeta:VersionNTI>http://administracionelectronica.gob.es/ENI/XSD/v1.0/documento-e</enidocmeta:VersionNTI>');
    expect(xml).toContain('<enidocmeta:FechaCaptura>2026-03-17T10:30:05+01:00</enidocmeta:FechaCaptura>');
    expect(xml).toContain('<enidocmeta:OrigenCiudadanoAdministracion>true</enidocmeta:OrigenCiudadanoAdministracion>');
    expect(xml).toContain('<enidocmeta:ValorEstadoElaboracion>EE01</enidocmeta:ValorEstadoElaboracion>');
    expect(xml).toContain('<enidocmeta:TipoDocumental>TD09</enidocmeta:TipoDocumental>');
    // Summer time.
    expect(eniMetadataXml({ ...base, fechaCaptura: new Date('2026-07-01T08:00:00Z') })).toContain('2026-07-01T10:00:00+02:00');
  });

  test('several órganos, and an authentic copy names its original', () => {
    const xml = eniMetadataXml({
      ...base, organos: ['L01060251', 'L01300161'], estadoElaboracion: 'EE02', identificadorDocumentoOrigen: 'ES_L01300161_2025_ORIG_1',
    });
    expect(xml.match(/<enidocmeta:Organo>/g)).toHaveLength(2);
    expect(xml).toContain('<enidocmeta:IdentificadorDocumentoOrigen>ES_L01300161_2025_ORIG_1</enidocmeta:IdentificadorDocumentoOrigen>');
    expect(() => eniMetadataXml({ ...base, estadoElaboracion: 'EE03' })).toThrow(InvalidEniMetadata);
  });

  test('values are validated, and text is escaped', () => {
    expect(() => eniMetadataXml({ ...base, identificador: 'ES_<x>_2026_A' })).toThrow(InvalidEniMetadata);
    expect(() => eniMetadataXml({ ...base, organos: [] })).toThrow(InvalidEniMetadata);
    expect(() => eniMetadataXml({ ...base, tipoDocumental: 'TD42' as never })).toThrow(InvalidEniMetadata);
    expect(escapeXml(`<a href="x">'Tom' & Jerry</a>\u0001`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;Tom&apos; &amp; Jerry&lt;/a&gt;');
  });
});
