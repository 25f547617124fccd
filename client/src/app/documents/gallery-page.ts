import { HttpErrorResponse, httpResource } from '@angular/common/http';
import { Component, computed } from '@angular/core';
import { LANGUAGE_NAMES } from '../i18n/language-names';
import { TPipe } from '../i18n/t.pipe';
import type { Gallery } from './documents.types';

/**
 * Staff gallery: each document template in each language of the sede, as a sealed sample
 * with invented data (marked "sample, not valid" on every page, not verifiable). Staff only:
 * the API answers 401/403 to anyone else, and the page says so.
 */
@Component({
  selector: 'sede-gallery-page',
  imports: [TPipe],
  template: `
    <div class="container page">
      <h1>{{ 'documents:gallery.title' | t }}</h1>
      <p class="lead">{{ 'documents:gallery.intro' | t }}</p>
      <div aria-live="polite">
        @if (gallery.isLoading()) {
          <p>{{ 'documents:gallery.loading' | t }}</p>
        } @else if (denied()) {
          <p class="message message-warning">{{ 'documents:gallery.staffOnly' | t }}</p>
        } @else if (gallery.error()) {
          <p class="message message-error">{{ 'documents:gallery.error' | t }}</p>
        }
      </div>
      @if (items().length > 0) {
        <table class="gallery">
          <caption class="visually-hidden">{{ 'documents:gallery.caption' | t }}</caption>
          <thead>
            <tr>
              <th scope="col">{{ 'documents:gallery.template' | t }}</th>
              <th scope="col">{{ 'documents:gallery.samples' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (item of items(); track item.template) {
              <tr>
                <th scope="row">
                  {{ 'documents:gallery.templates.' + item.template | t }}
                  <span class="muted tipo">{{ 'documents:eni.tipos.' + item.tipoDocumental | t }} ({{ item.tipoDocumental }})</span>
                </th>
                <td>
                  <ul class="samples">
                    @for (sample of item.samples; track sample.lng) {
                      <li>
                        <a [href]="sample.url" target="_blank" rel="noopener">
                          <span [attr.lang]="sample.lng">{{ sample.title }}</span>
                          <span class="muted"> · {{ languageNames[sample.lng] }} (PDF)</span>
                        </a>
                      </li>
                    }
                  </ul>
                </td>
              </tr>
            }
          </tbody>
        </table>
        <p class="hint">{{ 'documents:gallery.note' | t }}</p>
      }
    </div>
  `,
  styles: `
    .lead { max-width: 44rem; }
    .gallery { width: 100%; border-collapse: collapse; margin-top: var(--space-2); }
    .gallery th, .gallery td { text-align: left; vertical-align: top; padding: 0.6rem 0.5rem; border-bottom: 1px solid var(--color-border); }
    .tipo { display: block; font-weight: 400; font-size: var(--font-size-sm); }
    .samples { margin: 0; padding: 0; list-style: none; }
    .samples li + li { margin-top: 0.35rem; }
  `,
})
export default class GalleryPage {
  protected readonly languageNames = LANGUAGE_NAMES;
  protected readonly gallery = httpResource<Gallery>(() => '/api/documents/gallery');
  protected readonly items = computed(() => (this.gallery.hasValue() ? (this.gallery.value()?.items ?? []) : []));
  protected readonly denied = computed(() => {
    const e = this.gallery.error();
    const response = e instanceof HttpErrorResponse ? e : (e as { cause?: unknown } | undefined)?.cause;
    return response instanceof HttpErrorResponse && (response.status === 401 || response.status === 403);
  });
}
