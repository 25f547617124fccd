import { Injectable, computed, signal } from '@angular/core';
import type { Problem } from '../api/problem';

export interface SummaryItem {
  /** The form field the message belongs to, or null if the API named a field this form lacks. */
  path: string | null;
  message: string;
}

/**
 * The errors of one form, as the API sent them (problem+json `errors[]`, `field` being a dotted
 * path such as `branding.address.postalCode`). Paths the form does not have as such
 * (`hostnames.2`) are attached to the nearest field it does have (`hostnames`).
 * Provided by each form component, read by its `sedeField` controls and `sede-field-error`s.
 */
@Injectable()
export class FormErrors {
  /** The form's fields in display order (for the summary's order and for path resolution). */
  private fields: readonly string[] = [];
  readonly problem = signal<Problem | null>(null);

  readonly byField = computed(() => {
    const map = new Map<string, string[]>();
    for (const { field, message } of this.problem()?.errors ?? []) {
      const path = this.resolve(field);
      if (path) map.set(path, [...(map.get(path) ?? []), message]);
    }
    return map;
  });

  readonly summary = computed<SummaryItem[]>(() => {
    const items = (this.problem()?.errors ?? []).map(({ field, message }) => ({ path: this.resolve(field), message }));
    const rank = (path: string | null) => (path === null ? this.fields.length : this.fields.indexOf(path));
    return items.sort((a, b) => rank(a.path) - rank(b.path));
  });

  declare(fields: readonly string[]): void {
    this.fields = fields;
  }

  messages(path: string): string[] {
    return this.byField().get(path) ?? [];
  }

  has(path: string): boolean {
    return this.byField().has(path);
  }

  clear(): void {
    this.problem.set(null);
  }

  private resolve(field: string): string | null {
    const parts = field.split('.');
    while (parts.length) {
      const candidate = parts.join('.');
      if (this.fields.includes(candidate)) return candidate;
      parts.pop();
    }
    return null;
  }
}

/** The DOM id of a field's control: `branding.address.city` → `f-branding-address-city`. */
export function fieldId(path: string): string {
  return 'f-' + path.replace(/\./g, '-');
}
