import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { festivoName } from '../calendar/calendar.ts';
import { officialTime } from '../calendar/official-time.ts';
import { AppError, NotFound } from '../errors/app-error.ts';
import type { Language } from '../i18n/languages.ts';
import type { Tenant } from '../platform/types.ts';
import { withTenant } from '../tenancy/with-tenant.ts';
import { activeCertificate, deleteText, listOffices, listTexts, replaceOffices, upsertText, type CertificateRow, type Office } from './sede-info.repository.ts';
import type { OfficesInput, SectionTexts } from './sede-info.schemas.ts';
import { isSection, SEDE_INFO_SECTIONS } from './sections.ts';

/**
 * The sede's mandatory information page (RD 203/2021 art. 11; Ley 40/2015 art. 38): each
 * section's title and text (the ayuntamiento's own text in the request's language, else the
 * default locale text filled with the tenant's data), plus the data a section is about —
 * the owner's identification and contact, the certificate that identifies the sede with its
 * SHA-256 fingerprint, the official time, the assistance offices, the accepted
 * identification and signature systems.
 */
export interface PageContext {
  lng: Language;
  t: TFunction;
  now?: number;
}

const colonHex = (hex: string) => hex.toUpperCase().match(/.{2}/g)!.join(':');

function ownerData(tenant: Tenant, lng: Language) {
  const a = tenant.branding.address;
  return {
    name: festivoName(tenant.names, lng, tenant.defaultLanguage) || tenant.name,
    cif: tenant.cif, dir3: tenant.dir3, ine: tenant.ine,
    address: `${a.street}, ${a.postalCode} ${a.city}${a.province && a.province !== a.city ? ` (${a.province})` : ''}`,
    phone: tenant.branding.phone ?? null, email: tenant.branding.email ?? null, web: tenant.branding.web ?? null,
  };
}

function certificateData(c: CertificateRow | undefined, t: TFunction) {
  if (!c) return null;
  return {
    purpose: c.purpose, purposeLabel: t(`sedeInfo:certificatePurpose.${c.purpose}`), subject: c.subject, issuer: c.issuer, serialNumber: c.serial_number,
    notBefore: c.not_before.toISOString(), notAfter: c.not_after.toISOString(),
    fingerprintSha256: c.fingerprint_sha256.toLowerCase(), fingerprintSha256Colons: colonHex(c.fingerprint_sha256),
    downloadUrl: '/api/sede-info/certificate.pem',
  };
}

function officeView(o: Office, tenant: Tenant, lng: Language) {
  return {
    name: festivoName(o.names, lng, tenant.defaultLanguage), address: o.address, hours: festivoName(o.hours, lng, tenant.defaultLanguage),
    phone: o.phone ?? null, email: o.email ?? null, demo: o.demo ?? false, names: o.names, hoursByLanguage: o.hours,
  };
}

export async function sedeInfoPage(tenant: Tenant, c: PageContext) {
  const { texts, offices, certificate } = await withTenant(tenant, async (db) => ({
    texts: await listTexts(db), offices: await listOffices(db), certificate: await activeCertificate(db),
  }));
  const owner = ownerData(tenant, c.lng);
  const contact = [owner.phone, owner.email].filter(Boolean).join(', ') || owner.address;
  const params = { ...owner, contact };
  const data: Record<string, unknown> = {
    owner,
    certificate: certificateData(certificate, c.t),
    officialTime: officialTime(c.now ?? Date.now(), c.lng),
    offices: offices.length > 0 ? offices.map((o) => officeView(o, tenant, c.lng))
      : [{ name: owner.name, address: owner.address, hours: null, phone: owner.phone, email: owner.email, demo: false }],
    identification: {
      identification: ['certificate', 'representative', 'employee'].map((k) => ({ key: k, name: c.t(`sedeInfo:systems.identification.${k}`) })),
      signature: ['citizen', 'seal', 'csv'].map((k) => ({ key: k, name: c.t(`sedeInfo:systems.signature.${k}`) })),
    },
  };
  return {
    title: c.t('sedeInfo:title'),
    intro: c.t('sedeInfo:intro'),
    languages: tenant.languages,
    sections: SEDE_INFO_SECTIONS.map((s) => {
      const own = texts.get(s.key)?.[c.lng];
      return {
        key: s.key, title: c.t(`sedeInfo:sections.${s.key}.title`),
        text: own ?? c.t(`sedeInfo:sections.${s.key}.default`, params), custom: own !== undefined,
        link: 'link' in s ? s.link : null, data: data[s.key] ?? null, texts: texts.get(s.key) ?? {},
      };
    }),
  };
}

/** The PEM of the certificate that identifies the sede, for download. */
export async function sedeCertificatePem(tenant: Tenant): Promise<string> {
  const c = await withTenant(tenant, (db) => activeCertificate(db));
  if (!c) throw new NotFound('sedeInfo:noCertificate');
  return c.certificate_pem;
}

/** Staff: a section's own texts, all languages in one transaction; null or empty → default. */
export async function setSectionTexts(tenant: Tenant, section: string, input: z.infer<typeof SectionTexts>, by: string): Promise<void> {
  if (!isSection(section)) throw new NotFound('sedeInfo:errors.unknownSection', { section });
  const entries = Object.entries(input.texts) as [Language, string | null][];
  const foreign = entries.filter(([l]) => !tenant.languages.includes(l));
  if (foreign.length > 0) {
    throw new AppError({ status: 422, code: 'validation_failed', key: 'errors:validationFailed', fields: foreign.map(([l]) => ({ field: `texts.${l}`, key: 'sedeInfo:errors.textLanguage' })) });
  }
  await withTenant(tenant, async (db) => {
    for (const [lng, body] of entries) {
      if (body === null || body.trim() === '') await deleteText(db, section, lng);
      else await upsertText(db, section, lng, body.trim(), by);
    }
  });
}

/** Staff: the list of assistance offices, replaced as a whole. */
export async function setOffices(tenant: Tenant, input: z.infer<typeof OfficesInput>): Promise<void> {
  await withTenant(tenant, (db) => replaceOffices(db, input.offices));
}
