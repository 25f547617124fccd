/**
 * Builders for names and extensions that @peculiar/x509 has no class for: SAN with
 * directoryName entries (FNMT, AGE), QC statements and the CRL number.
 */
import * as asn1js from 'asn1js';
import { isIP } from 'node:net';
import { x509 } from './x509.ts';
import { OID } from './oids.ts';

/** One attribute of a distinguished name: [OID, value]. Order is kept as given. */
export type NameAttribute = readonly [oid: string, value: string];

/**
 * Builds a distinguished name with explicit string types: PrintableString for country and
 * serialNumber (X.520), IA5String for e-mail, UTF8String for everything else, so accented
 * names are encoded as UTF-8 (never T61String).
 */
export function buildName(attributes: readonly NameAttribute[]): x509.Name {
  return new x509.Name(
    attributes.map(([oid, value]) => {
      if (oid === OID.country || oid === OID.serialNumber) return { [oid]: [{ printableString: value }] };
      if (oid === OID.email) return { [oid]: [{ ia5String: value }] };
      return { [oid]: [{ utf8String: value }] };
    }),
  );
}

export interface SubjectAltNames {
  /** Attributes of one directoryName entry (FNMT 1.3.6.1.4.1.5734.1.x, AGE 2.16.724.1.3.5.7.1.x…). */
  directoryName?: readonly NameAttribute[];
  emails?: readonly string[];
  dnsNames?: readonly string[];
  ipAddresses?: readonly string[];
}

const tagged = (tagNumber: number, bytes: Uint8Array): asn1js.Primitive =>
  new asn1js.Primitive({ idBlock: { tagClass: 3, tagNumber }, valueHex: bytes });

function ipBytes(ip: string): Uint8Array {
  if (isIP(ip) === 4) return Uint8Array.from(ip.split('.').map(Number));
  if (isIP(ip) === 6) {
    const [head = '', tail = ''] = ip.split('::');
    const h = head ? head.split(':') : [];
    const t = tail ? tail.split(':') : [];
    const groups = ip.includes('::') ? [...h, ...Array(8 - h.length - t.length).fill('0'), ...t] : h;
    return Uint8Array.from(groups.flatMap((g: string) => { const n = parseInt(g, 16); return [n >> 8, n & 255]; }));
  }
  throw new Error(`Not an IP address: ${ip}`);
}

export function subjectAltNameExtension(names: SubjectAltNames, critical = false): x509.Extension {
  const items: asn1js.BaseBlock[] = [];
  for (const email of names.emails ?? []) items.push(tagged(1, new TextEncoder().encode(email)));
  for (const dns of names.dnsNames ?? []) items.push(tagged(2, new TextEncoder().encode(dns)));
  if (names.directoryName?.length) {
    const der = buildName(names.directoryName).toArrayBuffer();
    items.push(new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 4 }, value: [asn1js.fromBER(der).result] }));
  }
  for (const ip of names.ipAddresses ?? []) items.push(tagged(7, ipBytes(ip)));
  return new x509.Extension(OID.subjectAltName, critical, new asn1js.Sequence({ value: items }).toBER());
}

/**
 * QCStatements (ETSI EN 319 412-5): QcCompliance, optionally QcSSCD (key in a qualified
 * device) and QcType (esign for people, eseal for seals).
 */
export function qcStatementsExtension(opts: { type: 'esign' | 'eseal'; sscd?: boolean }): x509.Extension {
  const statement = (oid: string, info?: asn1js.BaseBlock) =>
    new asn1js.Sequence({ value: [new asn1js.ObjectIdentifier({ value: oid }), ...(info ? [info] : [])] });
  const statements = [statement(OID.qcCompliance)];
  if (opts.sscd) statements.push(statement(OID.qcSscd));
  const type = opts.type === 'esign' ? OID.qcTypeEsign : OID.qcTypeEseal;
  statements.push(statement(OID.qcType, new asn1js.Sequence({ value: [new asn1js.ObjectIdentifier({ value: type })] })));
  return new x509.Extension(OID.qcStatements, false, new asn1js.Sequence({ value: statements }).toBER());
}

export function crlNumberExtension(crlNumber: number): x509.Extension {
  return new x509.Extension(OID.crlNumber, false, new asn1js.Integer({ value: crlNumber }).toBER());
}

/** The QC statement ids present in a certificate (empty when it has none). */
export function qcStatementIds(cert: x509.X509Certificate): string[] {
  const ext = cert.extensions.find((e) => e.type === OID.qcStatements);
  if (!ext) return [];
  const parsed = asn1js.fromBER(ext.value);
  if (parsed.offset === -1 || !(parsed.result instanceof asn1js.Sequence)) return [];
  const ids: string[] = [];
  for (const st of parsed.result.valueBlock.value) {
    const first = st instanceof asn1js.Sequence ? st.valueBlock.value[0] : undefined;
    if (first instanceof asn1js.ObjectIdentifier) ids.push(first.valueBlock.toString());
  }
  return ids;
}

/** Reads the SAN of a certificate without failing on name forms the library does not know. */
export function readSubjectAltNames(cert: x509.X509Certificate): { directoryNames: x509.Name[]; emails: string[]; dnsNames: string[] } {
  const out = { directoryNames: [] as x509.Name[], emails: [] as string[], dnsNames: [] as string[] };
  const ext = cert.extensions.find((e) => e.type === OID.subjectAltName);
  if (!ext) return out;
  const parsed = asn1js.fromBER(ext.value);
  if (parsed.offset === -1 || !(parsed.result instanceof asn1js.Sequence)) return out;
  for (const item of parsed.result.valueBlock.value) {
    if (item.idBlock.tagClass !== 3) continue;
    const n = item.idBlock.tagNumber;
    if (n === 4 && item instanceof asn1js.Constructed && item.valueBlock.value[0]) {
      out.directoryNames.push(new x509.Name(item.valueBlock.value[0].toBER()));
    } else if ((n === 1 || n === 2) && item instanceof asn1js.Primitive) {
      const text = new TextDecoder().decode(item.valueBlock.valueHexView);
      (n === 1 ? out.emails : out.dnsNames).push(text);
    }
  }
  return out;
}
