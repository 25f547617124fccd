import { DOCUMENT } from '@angular/common';
import { Component, inject, input } from '@angular/core';
import { FormErrors, fieldId } from '../admin/form-errors';
import { TPipe } from '../i18n/t.pipe';

/**
 * The error summary of a form (problem+json from the API): the general message and one link
 * per field error, each moving the focus to its field. The form focuses it after a failure.
 */
@Component({
  selector: 'sede-form-problem',
  imports: [TPipe],
  template: `
    @if (errors.problem() || message()) {
      <div class="error-summary" [id]="summaryId()" tabindex="-1" [attr.aria-labelledby]="summaryId() + '-title'">
        <h2 [id]="summaryId() + '-title'">{{ title() | t }}</h2>
        @if (message(); as text) {
          <p>{{ text }}</p>
        } @else if (errors.problem()?.detail; as detail) {
          <p>{{ detail }}</p>
        }
        @if (errors.summary().length) {
          <ul>
            @for (item of errors.summary(); track $index) {
              <li>
                @if (item.path; as path) {
                  <a [href]="'#' + fieldId(path)" (click)="focus($event, path)">{{ item.message }}</a>
                } @else {
                  {{ item.message }}
                }
              </li>
            }
          </ul>
        }
      </div>
    }
  `,
})
export class FormProblem {
  private readonly document = inject(DOCUMENT);
  protected readonly errors = inject(FormErrors);
  protected readonly fieldId = fieldId;
  readonly summaryId = input('error-summary');
  readonly title = input('identity:form.errorTitle');
  /** A message of our own (network failure), shown instead of the problem's detail. */
  readonly message = input<string | null>(null);

  protected focus(event: Event, path: string): void {
    event.preventDefault();
    this.document.getElementById(fieldId(path))?.focus();
  }
}
