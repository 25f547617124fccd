import { httpResource } from '@angular/common/http';
import { DOCUMENT } from '@angular/common';
import { Component, Injector, afterNextRender, computed, effect, inject, signal } from '@angular/core';
import { FormField, form } from '@angular/forms/signals';
import { Router, RouterLink } from '@angular/router';
import { problemOf } from '../api/problem';
import { LANGUAGES, type Community, type ItemList, type Language } from '../api/sede.types';
import { I18nService } from '../i18n/i18n.service';
import { LANGUAGE_NAMES } from '../i18n/language-names';
import { TPipe } from '../i18n/t.pipe';
import { WHITE, contrastRatio, parseHex, textOn } from '../shell/contrast';
import { AdminApi } from './admin-api';
import { AdminNotice } from './admin-notice';
import { FieldA11y, FieldError } from './field';
import { FormErrors, fieldId } from './form-errors';
import { OnboardingDraft, type TenantDraft } from './onboarding-draft';
import type { NewTenant } from './tenant.types';

/** Every field of the form, in display order (error summary order, server path resolution). */
const FIELDS = [
  'slug',
  'name',
  'ine',
  'cif',
  'dir3',
  'community',
  'hostnames',
  'languages',
  'defaultLanguage',
  'branding.primaryColor',
  'branding.secondaryColor',
  'branding.address.street',
  'branding.address.postalCode',
  'branding.address.city',
  'branding.address.province',
  'branding.phone',
  'branding.email',
  'branding.web',
] as const;

/** Onboarding of a new ayuntamiento (POST /api/admin/tenants). The API validates; its messages show inline. */
@Component({
  selector: 'sede-tenant-onboarding',
  imports: [FormField, RouterLink, TPipe, FieldA11y, FieldError],
  providers: [FormErrors],
  templateUrl: './tenant-onboarding.html',
  styleUrl: './tenant-onboarding.css',
})
export default class TenantOnboarding {
  private readonly api = inject(AdminApi);
  private readonly i18n = inject(I18nService);
  private readonly notice = inject(AdminNotice);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly draft = inject(OnboardingDraft);

  protected readonly errors = inject(FormErrors);
  protected readonly f = form(this.draft.model);
  protected readonly model = this.draft.model.asReadonly();
  protected readonly languages = LANGUAGES;
  protected readonly languageNames = LANGUAGE_NAMES;
  protected readonly communities = httpResource<ItemList<Community>>(() => '/api/communities');
  protected readonly communityItems = computed(() =>
    this.communities.hasValue() ? (this.communities.value()?.items ?? []) : [],
  );
  protected readonly chosen = computed(() => LANGUAGES.filter((l) => this.model().languages[l]));
  protected readonly submitting = signal(false);
  /** Set when the request failed without a problem+json answer (network, proxy…). */
  protected readonly generalError = signal<string | null>(null);
  protected readonly fieldId = fieldId;

  protected readonly primaryPreview = computed(() => this.preview(this.model().branding.primaryColor));
  protected readonly secondaryPreview = computed(() => this.preview(this.model().branding.secondaryColor));

  constructor() {
    this.errors.declare(FIELDS);
    // The default language must be one of the chosen ones.
    effect(() => {
      const chosen = this.chosen();
      const current = this.model().defaultLanguage;
      if (current && chosen.includes(current)) return;
      const next = chosen[0] ?? '';
      if (next !== current) this.f.defaultLanguage().value.set(next);
    });
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.submitting()) return;
    this.submitting.set(true);
    this.generalError.set(null);
    this.errors.clear();
    try {
      const created = await this.api.create(toPayload(this.model()));
      this.notice.message.set(this.i18n.t('admin:onboarding.created', { name: created?.name ?? this.model().name.trim() }));
      this.draft.reset();
      await this.router.navigate(['/admin']);
    } catch (error) {
      const problem = problemOf(error);
      if (problem && (problem.detail || problem.title || problem.errors?.length)) {
        this.errors.problem.set(problem);
      } else {
        this.generalError.set(this.i18n.t('admin:common.unexpectedError'));
      }
      afterNextRender(() => this.document.getElementById('error-summary')?.focus(), { injector: this.injector });
    } finally {
      this.submitting.set(false);
    }
  }

  /** Error summary links move the focus to the field (no URL change). */
  protected focusField(event: Event, path: string): void {
    event.preventDefault();
    const target = this.document.getElementById(fieldId(path));
    const control = target?.matches('input, select, textarea') ? target : target?.querySelector<HTMLElement>('input, select, textarea');
    control?.focus();
  }

  private preview(value: string) {
    const rgb = parseHex(value);
    if (!rgb) return null;
    const on = textOn(rgb);
    return {
      colour: value.trim(),
      text: on === WHITE ? 'white' : 'dark',
      // es, ca and eu all write a decimal comma.
      ratio: contrastRatio(rgb, on).toFixed(1).replace('.', ','),
      onColour: `rgb(${on.join(' ')})`,
    };
  }
}

/** The request body: trimmed texts, hostnames split, DIR3 left out when empty (the API derives it). */
function toPayload(d: TenantDraft): NewTenant {
  const chosen = LANGUAGES.filter((l) => d.languages[l]);
  const defaultLanguage = (d.defaultLanguage || chosen[0] || '') as Language;
  const languages = [defaultLanguage, ...chosen.filter((l) => l !== defaultLanguage)].filter((l) => chosen.includes(l));
  const b = d.branding;
  return {
    slug: d.slug.trim(),
    name: d.name.trim(),
    ine: d.ine.trim(),
    cif: d.cif.trim().toUpperCase(),
    ...(d.dir3.trim() ? { dir3: d.dir3.trim().toUpperCase() } : {}),
    community: d.community,
    hostnames: d.hostnames
      .split(/[\s,]+/)
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean),
    languages,
    defaultLanguage,
    branding: {
      primaryColor: b.primaryColor.trim(),
      secondaryColor: b.secondaryColor.trim(),
      address: {
        street: b.address.street.trim(),
        postalCode: b.address.postalCode.trim(),
        city: b.address.city.trim(),
        province: b.address.province.trim(),
      },
      phone: b.phone.trim(),
      email: b.email.trim(),
      web: b.web.trim(),
    },
  };
}
