import { Pipe, inject, type PipeTransform } from '@angular/core';
import { I18nService } from './i18n.service';

/**
 * `{{ 'home:welcome.title' | t }}` or `{{ 'admin:list.caption' | t: { count: n } }}`.
 *
 * Pure: it is recomputed only when its key or parameters change. A language switch
 * re-renders the page (see App), which builds fresh pipes in the new language.
 */
@Pipe({ name: 't' })
export class TPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(key: string, params?: Record<string, unknown>): string {
    return this.i18n.t(key, params);
  }
}
