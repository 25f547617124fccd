import { Component, ElementRef, afterNextRender, inject, input, output, signal, viewChild } from '@angular/core';
import { FormField, form } from '@angular/forms/signals';
import { problemMessage, problemOf } from '../api/problem';
import { I18nService } from '../i18n/i18n.service';
import { TPipe } from '../i18n/t.pipe';
import { AdminApi } from './admin-api';
import type { Tenant } from './tenant.types';

/** Deleting a sede is irreversible: a modal dialog asks the admin to type its slug first. */
@Component({
  selector: 'sede-tenant-delete-dialog',
  imports: [FormField, TPipe],
  template: `
    <dialog #dialog aria-labelledby="delete-title" aria-describedby="delete-warning" (close)="closed.emit()">
      <form novalidate (submit)="confirm($event)">
        <h2 id="delete-title">{{ 'admin:delete.title' | t: { name: tenant().name } }}</h2>
        <p id="delete-warning" class="message message-warning">{{ 'admin:delete.warning' | t }}</p>
        @if (failure(); as text) {
          <p class="message message-error" role="alert">{{ text }}</p>
        }
        <div class="field" [class.field-invalid]="mismatch()">
          <label for="delete-confirm">{{ 'admin:delete.label' | t: { slug: tenant().slug } }}</label>
          @if (mismatch()) {
            <p class="field-error" id="delete-confirm-error">{{ 'admin:delete.mismatch' | t: { slug: tenant().slug } }}</p>
          }
          <input
            id="delete-confirm"
            type="text"
            autocomplete="off"
            spellcheck="false"
            autocapitalize="none"
            [attr.aria-invalid]="mismatch() || null"
            [attr.aria-describedby]="mismatch() ? 'delete-confirm-error' : null"
            [formField]="confirmForm.typed"
          />
        </div>
        <div class="dialog-actions">
          <button type="submit" class="button button-danger" [disabled]="working()">{{ 'admin:delete.submit' | t }}</button>
          <button type="button" class="button button-secondary" (click)="dialog.close()">{{ 'admin:common.cancel' | t }}</button>
        </div>
      </form>
    </dialog>
  `,
  styles: `
    dialog {
      max-width: min(36rem, calc(100vw - 2rem));
      border: 1px solid var(--color-border);
      border-radius: var(--radius);
      padding: var(--space-4);
      box-shadow: var(--shadow-md);
      color: var(--color-text);
    }
    dialog::backdrop { background: var(--color-backdrop); }
    h2 { margin-top: 0; font-size: var(--font-size-lg); }
    .dialog-actions { display: flex; gap: var(--space-1); flex-wrap: wrap; margin-top: var(--space-3); }
  `,
})
export class TenantDeleteDialog {
  private readonly api = inject(AdminApi);
  private readonly i18n = inject(I18nService);
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');

  readonly tenant = input.required<Tenant>();
  readonly deleted = output<void>();
  readonly closed = output<void>();

  protected readonly confirmForm = form(signal({ typed: '' }));
  protected readonly mismatch = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly working = signal(false);

  constructor() {
    afterNextRender(() => this.dialog().nativeElement.showModal());
  }

  protected async confirm(event: Event): Promise<void> {
    event.preventDefault();
    const typed = this.confirmForm.typed().value().trim();
    const slug = this.tenant().slug;
    this.failure.set(null);
    this.mismatch.set(typed !== slug);
    if (typed !== slug) {
      this.dialog().nativeElement.querySelector<HTMLInputElement>('#delete-confirm')?.focus();
      return;
    }
    this.working.set(true);
    try {
      await this.api.remove(slug, typed);
      this.deleted.emit();
    } catch (error) {
      this.failure.set(problemMessage(problemOf(error)) ?? this.i18n.t('admin:common.unexpectedError'));
    } finally {
      this.working.set(false);
    }
  }
}
