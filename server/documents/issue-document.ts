import { createHash } from 'node:crypto';
import type { SealKey, SealMaterial } from './cms-signer.ts';
import { loadSealKey } from './cms-signer.ts';
import { assertSealUsable, sealPdf } from './seal.ts';
import { documentRenderer, type DocumentRenderer } from './renderer.ts';
import type { DocumentTemplate, RenderInput } from './types.ts';

/**
 * The documents pipeline without storage: render (Chromium) → seal (PAdES B-B) → hash.
 * The seal is checked before rendering, so an expired certificate costs no browser time, and
 * nothing leaves this function unsealed. Storage with ENI metadata and the global CSV index
 * come with the database layer.
 */
export interface IssueDocumentInput<T extends DocumentTemplate = DocumentTemplate> extends RenderInput<T> {
  /** The tenant's seal: PEM material (server/pki `readPkcs12`) or an already loaded key. */
  seal: SealMaterial | SealKey;
  /** Signing time (default now). */
  now?: Date;
  renderer?: DocumentRenderer;
}

export interface IssuedDocument {
  pdf: Buffer;
  /** SHA-256 of the sealed PDF, hex. */
  sha256: string;
  size: number;
  pages: number;
  title: string;
  signingTime: Date;
}

export async function issueDocument<T extends DocumentTemplate>(input: IssueDocumentInput<T>): Promise<IssuedDocument> {
  const key = isSealKey(input.seal) ? input.seal : await loadSealKey(input.seal);
  assertSealUsable(key, input.now ?? new Date());
  const renderer = input.renderer ?? documentRenderer();
  const { pdf: rendered, title } = await renderer.render(input);
  const { pdf, signingTime } = await sealPdf(rendered, key, {
    signingTime: input.now,
    location: `ES, DIR3 ${input.tenant.dir3}`,
  });
  return {
    pdf,
    sha256: createHash('sha256').update(pdf).digest('hex'),
    size: pdf.length,
    pages: countPages(rendered),
    title,
    signingTime,
  };
}

function isSealKey(seal: SealMaterial | SealKey): seal is SealKey {
  return 'privateKey' in seal && typeof seal.privateKey === 'object';
}

/**
 * Pages of a Chromium PDF: the /Count of its page tree root. Chromium writes one /Pages node
 * with all pages as kids, uncompressed (RECIPES: PDF-1.4, classic xref, no object streams).
 */
export function countPages(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  let max = 0;
  for (const m of text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)) {
    max = Math.max(max, Number(m[1] ?? m[2]));
  }
  if (max > 0) return max;
  return [...text.matchAll(/\/Type\s*\/Page\b(?!s)/g)].length;
}
