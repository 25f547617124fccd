import { Component, Directive, booleanAttribute, computed, inject, input } from '@angular/core';
import { FormErrors, fieldId } from './form-errors';

/**
 * On a form control: `<input sedeField="ine" hint>`. Gives it its id, `aria-invalid` and
 * `aria-describedby` (hint and error message), and `aria-required` unless `optional`.
 * Options of a group (`option="eu"`) only get their id: their fieldset carries the rest.
 */
@Directive({
  selector: '[sedeField]',
  host: {
    '[id]': 'id()',
    '[attr.aria-invalid]': '(invalid() && !option()) || null',
    '[attr.aria-describedby]': 'describedBy()',
    '[attr.aria-required]': 'optional() || option() ? null : true',
  },
})
export class FieldA11y {
  private readonly errors = inject(FormErrors);
  readonly path = input.required<string>({ alias: 'sedeField' });
  /** The field has a hint paragraph (`<id>-hint`). */
  readonly hint = input(false, { transform: booleanAttribute });
  readonly optional = input(false, { transform: booleanAttribute });
  /** Set on every option of a group (radios, checkboxes) to give each its own id. */
  readonly option = input<string>();

  protected readonly id = computed(() => fieldId(this.path()) + (this.option() ? `-${this.option()}` : ''));
  protected readonly invalid = computed(() => this.errors.has(this.path()));
  protected readonly describedBy = computed(() => {
    // Options of a group are described by their fieldset's legend, hint and error.
    if (this.option()) return null;
    const base = fieldId(this.path());
    const ids = [this.hint() ? `${base}-hint` : '', this.invalid() ? `${base}-error` : ''].filter(Boolean);
    return ids.length ? ids.join(' ') : null;
  });
}

/** The error message(s) of one field, where its `aria-describedby` points. */
@Component({
  selector: 'sede-field-error',
  template: `
    @if (messages().length) {
      <p class="field-error" [id]="id()">
        @for (message of messages(); track $index) {
          <span class="field-error-line">{{ message }}</span>
        }
      </p>
    }
  `,
})
export class FieldError {
  private readonly errors = inject(FormErrors);
  readonly path = input.required<string>();
  protected readonly id = computed(() => fieldId(this.path()) + '-error');
  protected readonly messages = computed(() => this.errors.messages(this.path()));
}
