import { HttpErrorResponse } from '@angular/common/http';
import { problemMessage, problemOf } from '../api/problem';
import type { I18nService } from '../i18n/i18n.service';

/** The message for a failed staff call: not signed in, no role, or the API's own problem text. */
export function staffErrorMessage(error: unknown, i18n: I18nService): string {
  if (error instanceof HttpErrorResponse && error.status === 401) return i18n.t('calendar:ui.staff.signIn');
  if (error instanceof HttpErrorResponse && error.status === 403) return i18n.t('calendar:ui.staff.forbidden');
  const problem = problemOf(error);
  const fields = (problem?.errors ?? []).map((f) => `${f.field}: ${f.message}`);
  return [problemMessage(problem) ?? i18n.t('calendar:ui.staff.error'), ...fields].join(' ');
}
