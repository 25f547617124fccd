import { DOCUMENT } from '@angular/common';
import { Injectable, inject } from '@angular/core';
import type { Branding } from '../api/sede.types';
import { INK, WHITE, mix, parseHex, readableOn, textOn, toHex, type Rgb } from './contrast';

/**
 * Fills the CSS variables of theme.css from the tenant's branding. Text colours on the brand
 * colours are computed for WCAG AA contrast; colours that are not #RRGGBB are ignored and the
 * defaults of theme.css stay.
 */
@Injectable({ providedIn: 'root' })
export class ThemeService {
  private readonly root = inject(DOCUMENT).documentElement;

  apply(branding: Pick<Branding, 'primaryColor' | 'secondaryColor'> | null | undefined): void {
    const primary = parseHex(branding?.primaryColor);
    const secondary = parseHex(branding?.secondaryColor);
    if (primary) {
      this.set('--brand-primary', primary);
      this.set('--brand-on-primary', textOn(primary));
      this.set('--brand-primary-text', readableOn(primary, WHITE));
      this.set('--brand-primary-soft', mix(primary, WHITE, 0.92));
      this.set('--brand-primary-strong', readableOn(mix(primary, INK, 0.25), WHITE, 7));
    }
    if (secondary) {
      this.set('--brand-secondary', secondary);
      this.set('--brand-on-secondary', textOn(secondary));
    }
  }

  private set(name: string, colour: Rgb): void {
    this.root.style.setProperty(name, toHex(colour));
  }
}
