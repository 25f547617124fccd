import type { Language } from '../api/sede.types';

/** GET /api/verify/:csv — a document found by its CSV, its owner and its seal as checked by the server. */
export interface Verification {
  csv: string;
  document: {
    title: string;
    template: string;
    language: Language;
    tipoDocumental: { code: string; name: string };
    issuedAt: string;
    pages: number;
    size: number;
    mimeType: string;
    sha256: string;
    hashMatches: boolean;
  };
  eni: {
    identifier: string;
    organos: string[];
    capturedAt: string;
    origin: 'administracion' | 'ciudadano';
    originName: string;
    estadoElaboracion: { code: string; name: string };
    originDocumentIdentifier: string | null;
  };
  owner: { slug: string; name: string; dir3: string; url: string; isThisSede: boolean };
  seal: {
    valid: boolean;
    intact: boolean;
    chainTrusted: boolean | null;
    signedAt: string | null;
    problems: string[];
    signer: {
      name: string;
      organization?: string;
      subject: string;
      issuer: string;
      serialNumber: string;
      validFrom: string;
      validTo: string;
      fingerprintSha256: string;
    } | null;
  };
  links: { pdf: string; eni: string };
}

/** GET /api/documents/gallery (staff). */
export interface Gallery {
  items: Array<{
    template: string;
    tipoDocumental: string;
    samples: Array<{ lng: Language; title: string; url: string }>;
  }>;
}

/**
 * What a person typed → the compact code the API and the URL use: upper case, without spaces,
 * dashes or dots. Anything else is left for the server to judge (it answers a malformed code
 * exactly as an unknown one).
 */
export function compactCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s\-._\u2010-\u2015]/g, '');
}

/** A SHA-256 in groups of 8, as the documents print hashes. */
export function hexGroups(hex: string): string {
  return hex.toLowerCase().match(/.{1,8}/g)?.join(' ') ?? hex;
}
