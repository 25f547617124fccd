import { Injectable, signal } from '@angular/core';
import type { Language } from '../api/sede.types';

/** What the onboarding form edits; text fields stay strings until they are sent. */
export interface TenantDraft {
  slug: string;
  name: string;
  ine: string;
  cif: string;
  dir3: string;
  community: string;
  /** One hostname per line. */
  hostnames: string;
  languages: Record<Language, boolean>;
  defaultLanguage: Language | '';
  branding: {
    primaryColor: string;
    secondaryColor: string;
    address: { street: string; postalCode: string; city: string; province: string };
    phone: string;
    email: string;
    web: string;
  };
}

export function emptyDraft(): TenantDraft {
  return {
    slug: '',
    name: '',
    ine: '',
    cif: '',
    dir3: '',
    community: '',
    hostnames: '',
    languages: { es: true, ca: false, eu: false },
    defaultLanguage: 'es',
    branding: {
      primaryColor: '',
      secondaryColor: '',
      address: { street: '', postalCode: '', city: '', province: '' },
      phone: '',
      email: '',
      web: '',
    },
  };
}

/**
 * The onboarding form's model, kept outside the page so that a language switch (which
 * rebuilds the page) does not lose what the admin typed.
 */
@Injectable()
export class OnboardingDraft {
  readonly model = signal<TenantDraft>(emptyDraft());

  reset(): void {
    this.model.set(emptyDraft());
  }
}
