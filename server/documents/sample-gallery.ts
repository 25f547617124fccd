import { translator } from '../i18n/i18n.ts';
import type { Language } from '../i18n/languages.ts';
import type { Tenant } from '../platform/types.ts';
import { documentTenant } from './document-tenant.ts';
import { LanguageNotEnabled, UnknownTemplate } from './documents.errors.ts';
import { issueDocument, type IssuedDocument } from './issue-document.ts';
import type { DocumentRenderer } from './renderer.ts';
import { sampleData } from './sample-data.ts';
import { loadTenantSeal } from './tenant-seal.ts';
import { DOCUMENT_TEMPLATES, isDocumentTemplate } from './templates.ts';
import type { DocumentTemplate } from './types.ts';
import { verificationUrl } from './verification-url.ts';

/**
 * The staff gallery: each template rendered and sealed with invented data, in each language
 * the ayuntamiento offers, with its own letterhead and seal — to review the models before
 * they are used.
 *
 * Decision: samples are NOT stored and NOT entered in the global CSV index. They carry the
 * reserved code SAMPLE_CSV, which is outside the CSV alphabet (0 is never generated), so it
 * can never belong to a real document and its verification answers "not found" like any
 * unknown code; and every page says "sample, not valid" (header band + notice under the title).
 * They are sealed with the real seal so that staff see the real signature panel; the marks
 * and the unverifiable CSV are what keep them from passing as documents.
 */
export const SAMPLE_CSV = '0000-0000-0000-0000-0000';

export interface GalleryItem {
  template: DocumentTemplate;
  tipoDocumental: string;
  samples: Array<{ lng: Language; title: string; url: string }>;
}

/** The templates × the ayuntamiento's languages, with where to fetch each sample. */
export function galleryIndex(tenant: Tenant): GalleryItem[] {
  return (Object.keys(DOCUMENT_TEMPLATES) as DocumentTemplate[]).map((template) => ({
    template,
    tipoDocumental: DOCUMENT_TEMPLATES[template].tipoDocumental,
    samples: tenant.languages.map((lng) => ({
      lng,
      title: translator(lng)(DOCUMENT_TEMPLATES[template].titleKey),
      url: `/api/documents/gallery/${template}?lng=${lng}`,
    })),
  }));
}

export async function renderSample(
  tenant: Tenant, template: string, lng: Language, opts: { renderer?: DocumentRenderer } = {},
): Promise<IssuedDocument & { template: DocumentTemplate; filename: string }> {
  if (!isDocumentTemplate(template)) throw new UnknownTemplate(template);
  if (!tenant.languages.includes(lng)) throw new LanguageNotEnabled(lng);
  const now = new Date();
  const seal = await loadTenantSeal(tenant, now);
  const issued = await issueDocument({
    template, lng, data: sampleData(template, lng), tenant: await documentTenant(tenant, lng),
    csv: SAMPLE_CSV, verifyUrl: verificationUrl(tenant, SAMPLE_CSV), sample: true, seal: seal.key, now, renderer: opts.renderer,
  });
  return { ...issued, template, filename: `muestra-${template}-${lng}.pdf` };
}
